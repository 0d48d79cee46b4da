import { z } from 'zod';
import { isIsoDate } from '../clock.js';

/**
 * Field schemas shared by every entity, so limits and messages read the same everywhere.
 * Lengths are bounded: a huge string is refused with a clear message, never stored.
 */
export const idField = z.string().min(1).max(64);

/** A calendar date `YYYY-MM-DD`. */
export const dateField = z.string().refine(isIsoDate, { message: 'must be a date written YYYY-MM-DD' });

/** Short text: names, titles, labels. */
export const shortText = z.string().trim().min(1, 'must not be empty').max(300);

/** Free text: statements, notes, message bodies (100,000 characters at most). */
export const longText = z.string().max(100_000);

/** A list of short labels (tags, expertise, interests). */
export const labelList = z.array(z.string().trim().min(1).max(100)).max(100);

/** A score of 1–5. */
export const score = z.number().int('must be 1–5').min(1, 'must be 1–5').max(5, 'must be 1–5');

/** Columns every row has: who owns it and when it was written. */
export const rowFields = {
  id: idField,
  userId: idField,
  createdAt: z.string(),
  updatedAt: z.string(),
};
