import { z } from 'zod';
import { dateField, idField, longText, rowFields } from '../records/schemas.js';

/** Where an outcome stands; a `draft` is kept on purpose before it is concrete (SPEC §1.1). */
export const outcomeStatuses = ['draft', 'active', 'achieved', 'abandoned'] as const;

/** A 3–6 month outcome that proves mastery (SPEC §1.1), with what the goal check extracted. */
export const outcomeSchema = z.object({
  ...rowFields,
  statement: z.string().trim().min(1, 'must not be empty').max(2_000),
  kind: z.enum(['metric', 'deliverable']).nullable(),
  metric: z.string().max(300).nullable(),
  direction: z.enum(['up', 'down']).nullable(),
  baseline: z.number().finite().nullable(),
  target: z.number().finite().nullable(),
  unit: z.string().max(40).nullable(),
  deadline: dateField.nullable(),
  /** What a deliverable outcome produces ("monetization strategy"). */
  deliverable: z.string().max(300).nullable(),
  /** When a deliverable counts as done ("approved by the VP"). */
  criterion: z.string().max(300).nullable(),
  /** How many stakeholders must approve or align, where the statement says. */
  stakeholders: z.number().int().min(1, 'must be at least 1').max(10_000).nullable(),
  status: z.enum(outcomeStatuses),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const outcomeCreate = outcomeSchema.pick({ statement: true }).extend(
  outcomeSchema
    .pick({
      kind: true,
      metric: true,
      direction: true,
      baseline: true,
      target: true,
      unit: true,
      deadline: true,
      deliverable: true,
      criterion: true,
      stakeholders: true,
      status: true,
    })
    .partial().shape,
);
export const outcomeUpdate = outcomeCreate.partial();

/** A dated measurement of progress towards an outcome. */
export const checkinSchema = z.object({
  ...rowFields,
  outcomeId: idField,
  date: dateField,
  value: z.number().finite().nullable(),
  note: longText.nullable(),
  /** How confident the user is of reaching the outcome, 0–100. */
  confidence: z.number().int('must be 0–100').min(0, 'must be 0–100').max(100, 'must be 0–100').nullable(),
});
export type Checkin = z.infer<typeof checkinSchema>;

export const checkinCreate = checkinSchema
  .pick({ outcomeId: true })
  .extend(checkinSchema.pick({ date: true, value: true, note: true, confidence: true }).partial().shape);
export const checkinUpdate = checkinSchema.pick({ date: true, value: true, note: true, confidence: true }).partial();
