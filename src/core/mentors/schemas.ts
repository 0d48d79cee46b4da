import { z } from 'zod';
import { dateField, idField, labelList, longText, rowFields, score, shortText } from '../records/schemas.js';

/**
 * A person who is excellent at a skill and can explain how (SPEC §1.3). Personal interests
 * and give-backs keep the relationship from becoming transactional.
 */
export const mentorSchema = z.object({
  ...rowFields,
  name: shortText,
  title: z.string().max(300).nullable(),
  company: z.string().max(300).nullable(),
  expertise: labelList,
  whereFound: z.string().max(1_000).nullable(),
  email: z.string().trim().max(320).nullable(),
  profileUrl: z.string().trim().max(2_000).nullable(),
  handles: labelList,
  personalInterests: labelList,
  excellenceScore: score.nullable(),
  explainingScore: score.nullable(),
  notes: longText.nullable(),
});
export type Mentor = z.infer<typeof mentorSchema>;

const mentorOptional = mentorSchema
  .pick({
    title: true,
    company: true,
    expertise: true,
    whereFound: true,
    email: true,
    profileUrl: true,
    handles: true,
    personalInterests: true,
    excellenceScore: true,
    explainingScore: true,
    notes: true,
  })
  .partial();
export const mentorCreate = mentorSchema.pick({ name: true }).extend(mentorOptional.shape);
export const mentorUpdate = mentorCreate.partial();

/** A link or note that backs one of the two scores. */
export const evidenceSchema = z.object({
  ...rowFields,
  mentorId: idField,
  criterion: z.enum(['excellence', 'explaining']),
  url: z.string().trim().max(2_000).nullable(),
  note: z.string().max(5_000).nullable(),
});
export type Evidence = z.infer<typeof evidenceSchema>;
export const evidenceCreate = evidenceSchema
  .pick({ mentorId: true, criterion: true })
  .extend(evidenceSchema.pick({ url: true, note: true }).partial().shape)
  .refine((e) => Boolean(e.url || e.note), { message: 'evidence needs a url or a note' });
export const evidenceUpdate = evidenceSchema.pick({ criterion: true, url: true, note: true }).partial();

/** Something offered or given back to a mentor. */
export const giveBackSchema = z.object({
  ...rowFields,
  mentorId: idField,
  date: dateField,
  description: z.string().trim().min(1, 'must not be empty').max(5_000),
});
export type GiveBack = z.infer<typeof giveBackSchema>;
export const giveBackCreate = giveBackSchema
  .pick({ mentorId: true, description: true })
  .extend(giveBackSchema.pick({ date: true }).partial().shape);
export const giveBackUpdate = giveBackSchema.pick({ date: true, description: true }).partial();
