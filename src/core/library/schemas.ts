import { z } from 'zod';
import { idField, labelList, rowFields, score } from '../records/schemas.js';

export const artifactKinds = ['exec-update', 'launch-email', 'prd', 'strategy', 'vision', 'one-pager', 'post-mortem', 'other'] as const;

/** A gold-standard document studied with the Artifact method (SPEC §1.7). */
export const artifactSchema = z.object({
  ...rowFields,
  title: z.string().trim().min(1, 'must not be empty').max(500),
  kind: z.enum(artifactKinds),
  tags: labelList,
  rating: score.nullable(),
  sourceFile: z.string().max(1_000).nullable(),
  body: z.string().max(5_000_000),
  /** SHA-256 of the text, in hex: the same document is stored once. Null until first computed. */
  contentHash: z.string().max(128).nullable(),
});
export type Artifact = z.infer<typeof artifactSchema>;
export const artifactCreate = artifactSchema
  .pick({ title: true })
  .extend(artifactSchema.pick({ kind: true, tags: true, rating: true, sourceFile: true, body: true, contentHash: true }).partial().shape);
export const artifactUpdate = artifactSchema.pick({ title: true, kind: true, tags: true, rating: true }).partial();

/** A question a document answers, with where it is answered. */
export const artifactQuestionSchema = z.object({
  ...rowFields,
  artifactId: idField,
  questionId: z.string().min(1).max(100),
  question: z.string().min(1).max(1_000),
  section: z.string().max(1_000).nullable(),
  spanStart: z.number().int().min(0),
  spanEnd: z.number().int().min(0),
});
export type ArtifactQuestion = z.infer<typeof artifactQuestionSchema>;
export const artifactQuestionCreate = artifactQuestionSchema.pick({
  artifactId: true,
  questionId: true,
  question: true,
  section: true,
  spanStart: true,
  spanEnd: true,
});

/** A named template: the ordered union of the questions of gold-standard documents. */
export const templateSchema = z.object({
  ...rowFields,
  name: z.string().trim().min(1, 'must not be empty').max(200),
});
export type Template = z.infer<typeof templateSchema>;
export const templateCreate = templateSchema.pick({ name: true });
export const templateUpdate = templateCreate.partial();

/** One question of a template, in order, with how many source documents answer it. */
export const templateQuestionSchema = z.object({
  ...rowFields,
  templateId: idField,
  position: z.number().int().min(0),
  questionId: z.string().min(1).max(100),
  question: z.string().min(1).max(1_000),
  support: z.number().int().min(0),
});
export type TemplateQuestion = z.infer<typeof templateQuestionSchema>;
export const templateQuestionCreate = templateQuestionSchema.pick({
  templateId: true,
  position: true,
  questionId: true,
  question: true,
  support: true,
});

/** A document a template was built from. */
export const templateSourceSchema = z.object({
  ...rowFields,
  templateId: idField,
  artifactId: idField,
});
export type TemplateSource = z.infer<typeof templateSourceSchema>;
export const templateSourceCreate = templateSourceSchema.pick({ templateId: true, artifactId: true });
