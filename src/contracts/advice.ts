import { z } from 'zod';
import { dateField, idField } from '../core/records/schemas.js';
import type { CapturedAdvice } from '../core/relationships/capture-advice.js';
import type { MenteeRecord } from '../core/relationships/get-mentee-record.js';
import { adviceSchema, messageSchema, relationshipSchema } from '../core/relationships/schemas.js';

/** Advice over HTTP (SPEC §1.4), from capture to circle-back, and your record as a mentee. */

/** Body of `POST /api/advice/capture`: the logged reply to read advice from. */
export const adviceCaptureBody = z.object({ messageId: idField });

/** What a capture found: every piece of advice of the reply, and how many were new. */
export const capturedAdviceSchema = z.object({
  message: messageSchema,
  advice: z.array(adviceSchema),
  created: z.number().int(),
}) satisfies z.ZodType<CapturedAdvice>;

/** Body of `POST /api/advice/{id}/apply`. */
export const adviceApplyBody = z.object({
  on: dateField.optional().meta({ description: 'the day it was applied; default today' }),
  context: z.string().meta({ description: 'where it was applied, e.g. "the Q3 pricing test"' }),
});

/** Body of `POST /api/advice/{id}/result`. */
export const adviceResultBody = z.object({
  result: z.string().meta({ description: 'what happened: a number, an outcome or a learning' }),
});

/** Body of `POST /api/advice/{id}/circled-back`. */
export const circledBackBody = z
  .object({})
  .strict()
  .meta({ description: 'empty: the advice is circled back on the date of the logged circle-back that named it' });

/** Body of `POST /api/advice/merge`: the pieces, the one that keeps its steps first. */
export const adviceMergeBody = z.object({ adviceIds: z.array(idField).min(2).max(20) }).strict();

/** A piece of advice after a step of its loop, with the relationship the step may have moved. */
export const adviceStepSchema = z.object({ advice: adviceSchema, relationship: relationshipSchema });

/** Your record as a mentee in one relationship (SPEC §1.4). */
export const menteeRecordSchema = z.object({
  relationship: relationshipSchema,
  advice: z.array(adviceSchema),
  counts: z.object({
    received: z.number().int(),
    applied: z.number().int(),
    withResult: z.number().int(),
    circledBack: z.number().int(),
    circledBackWithResult: z.number().int(),
  }),
  open: z.array(z.object({ advice: adviceSchema, next: z.enum(['apply', 'circle back']), dueOn: z.string(), overdue: z.boolean() })),
  escalationSuggested: z.boolean(),
  suggestion: z.string(),
}) satisfies z.ZodType<MenteeRecord>;
