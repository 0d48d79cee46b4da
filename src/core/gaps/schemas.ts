import { z } from 'zod';
import { idField, rowFields } from '../records/schemas.js';

export const iqSkills = ['execution', 'strategy', 'product-sense'] as const;
export const eqSkills = ['communication', 'leadership', 'management'] as const;
export const skills = [...iqSkills, ...eqSkills] as const;
export type Skill = (typeof skills)[number];

/** The category a skill belongs to (SPEC §1.2). */
export function categoryOf(skill: Skill): 'iq' | 'eq' {
  return (iqSkills as readonly string[]).includes(skill) ? 'iq' : 'eq';
}

/** The skill that blocks an outcome: IQ is learned from artifacts, EQ through mirrors. */
export const gapSchema = z.object({
  ...rowFields,
  outcomeId: idField.nullable(),
  statement: z.string().trim().min(1, 'must not be empty').max(2_000),
  category: z.enum(['iq', 'eq']),
  skill: z.enum(skills),
  status: z.enum(['active', 'closed']),
});
export type Gap = z.infer<typeof gapSchema>;

export const gapCreate = gapSchema
  .pick({ statement: true, skill: true })
  .extend(gapSchema.pick({ outcomeId: true, status: true }).partial().shape);
export const gapUpdate = gapCreate.partial();
