import { z } from 'zod';
import { shortText, timestampField } from '../records/schemas.js';

/** Career levels; `senior` and above matter to the `iq-over-reliance` pitfall. */
export const levels = ['junior', 'mid', 'senior', 'lead', 'executive'] as const;

/** The person whose growth the workspace tracks. Solo mode has one implicit local user. */
export const userSchema = z.object({
  id: z.string().min(1).max(64),
  name: shortText,
  role: z.string().max(300).nullable(),
  level: z.enum(levels).nullable(),
  createdAt: timestampField,
  updatedAt: timestampField,
});
export type User = z.infer<typeof userSchema>;

/** Fields a user may set on themself. */
export const userUpdate = userSchema.pick({ name: true, role: true, level: true }).partial();
