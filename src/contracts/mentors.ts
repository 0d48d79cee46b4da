import { z } from 'zod';
import { mentorSchema } from '../core/mentors/schemas.js';
import type { ShortlistEntry } from '../core/mentors/shortlist-mentors.js';
import { idField } from '../core/records/schemas.js';
import { blank } from './common.js';

/** Finding mentors over HTTP: the shortlist for a skill gap. */

/** Query of `GET /api/mentors/shortlist`. */
export const shortlistQuery = z.object({
  gapId: idField,
  limit: z.preprocess(blank, z.coerce.number().int().optional()).meta({ description: '1–100, default 10' }),
});

/** One mentor on a shortlist, with the score that ranked them and why. */
export const shortlistEntrySchema = z.object({
  mentor: mentorSchema,
  score: z.number().int(),
  reasons: z.array(z.string()),
  declined: z.boolean(),
}) satisfies z.ZodType<ShortlistEntry>;
