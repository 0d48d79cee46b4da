import { z } from 'zod';
import { artifactKinds, artifactQuestionSchema, artifactSchema, templateQuestionSchema, templateSchema } from '../core/library/schemas.js';
import { blank, pageQuery } from './common.js';

/** The library of the Artifact method over HTTP (SPEC §1.7): uploads, lists, search, templates and the draft check. */

/** One document in a multipart upload: a part with a file name. */
export const uploadedFile = z
  .custom<File>((value) => typeof File !== 'undefined' && value instanceof File, { message: 'must be one document file' })
  .meta({ type: 'string', format: 'binary', description: 'Markdown, text, HTML, DOCX or PDF; at most 20 MB' });

/** Most documents one `POST /api/library` takes. */
export const MAX_UPLOAD_FILES = 50;

/** Form of `POST /api/library`: one or more `file` parts and what to record about them. */
export const libraryUploadForm = z.object({
  file: z.preprocess(
    (value) => (value === undefined || Array.isArray(value) ? value : [value]),
    z
      .array(uploadedFile, { error: 'give one or more documents as "file" parts' })
      .min(1, 'give one or more documents as "file" parts')
      .max(MAX_UPLOAD_FILES, `at most ${MAX_UPLOAD_FILES} documents at once`),
  ),
  title: z.preprocess(blank, z.string().max(500).optional()),
  kind: z.preprocess(blank, z.enum(artifactKinds).optional()),
  tags: z.preprocess(blank, z.string().max(10_000).optional()).meta({ description: 'comma-separated, e.g. "rfc, growth"' }),
  rating: z.preprocess(blank, z.coerce.number().int().min(1).max(5).optional()),
});
export type LibraryUploadForm = z.input<typeof libraryUploadForm>;

/** Form of the routes that read one document without storing it. */
export const singleFileForm = z.object({ file: uploadedFile });

/** Query of `GET /api/library`. */
export const libraryListQuery = pageQuery.extend({
  kind: z.preprocess(blank, z.enum(artifactKinds).optional()),
  tag: z.preprocess(blank, z.string().max(100).optional()),
});

/** Query of `GET /api/library/search`. */
export const librarySearchQuery = z.object({
  q: z.string().max(10_000).optional().meta({ description: 'the words to find' }),
  limit: z.preprocess(blank, z.coerce.number().int().optional()).meta({ description: '1–100, default 20' }),
});

/** An artifact in a list: everything but its text, and the text's length. */
export const artifactSummarySchema = artifactSchema.omit({ body: true }).extend({ characters: z.number().int() });

/** An artifact with its text and the questions it answers. */
export const artifactWithQuestionsSchema = artifactSchema.extend({ questions: z.array(artifactQuestionSchema) });

/** A search hit: `highlights` are `[start, end)` offsets of the matched words in `snippet`. */
export const artifactHitSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.string(),
  tags: z.array(z.string()),
  rating: z.number().int().nullable(),
  sourceFile: z.string().nullable(),
  score: z.number(),
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

/** A question a document answers (SPEC §1.7); `empty` marks a heading with nothing under it. */
export const documentQuestionSchema = z.object({
  id: z.string(),
  question: z.string(),
  section: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  empty: z.boolean(),
});

/** A template with its questions in order and the ids of its source documents. */
export const templateWithQuestionsSchema = templateSchema.extend({
  questions: z.array(templateQuestionSchema),
  sources: z.array(z.string()),
});

/** Body of `POST /api/templates`: a name and the library documents to build it from. */
export const templateCreateBody = z.object({
  name: z.string().max(200),
  artifactIds: z.array(z.string().min(1).max(64)),
});

/** A template by id or by name. */
export const templateRefParam = z.object({ ref: z.string().min(1).max(200) });

/** A draft checked against a template: each template question, answered or not, and where. */
export const draftCheckSchema = z.object({
  template: z.string(),
  file: z.string(),
  coverage: z.number(),
  answered: z.number().int(),
  total: z.number().int(),
  items: z.array(
    z.object({
      questionId: z.string(),
      question: z.string(),
      support: z.number().int(),
      answered: z.boolean(),
      section: z.string().nullable(),
      start: z.number().int().nullable(),
      end: z.number().int().nullable(),
      hint: z.string().nullable(),
    }),
  ),
});
