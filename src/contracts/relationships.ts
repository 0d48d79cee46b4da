import { z } from 'zod';
import type { StageMoves } from '../core/mentors/list-stage-moves.js';
import { dateField, idField } from '../core/records/schemas.js';
import { actionItemSchema, meetingSchema, stages } from '../core/relationships/schemas.js';

/** A relationship's history, its stage moves and the meetings logged in it, over HTTP. */

export type { MentorHistory, RelationshipHistory } from '../core/relationships/get-mentor-history.js';
export type { Stage } from '../core/relationships/schemas.js';

/** Body of `POST /api/relationships/{id}/moves`. */
export const moveBody = z.object({
  to: z.enum(stages),
  date: z.string().optional(),
  note: z.string().max(5_000).optional(),
});
export type MoveBody = z.infer<typeof moveBody>;

/**
 * Response of `GET /api/stage-moves`: each stage with the stages a relationship may move to from
 * it, as the loop's rules say, so a surface offers only legal moves without a copy of the rules.
 */
export const stageMovesSchema = z.record(z.enum(stages), z.array(z.enum(stages))) satisfies z.ZodType<StageMoves>;

/** Body of `POST /api/meetings`: the meeting and its action items, logged in one step. Strict: unknown fields are refused. */
export const meetingLogBody = z
  .object({
    relationshipId: idField,
    date: dateField.optional().meta({ description: 'default today; never in the future' }),
    objective: z.string().optional(),
    notes: z.string().optional(),
    durationMinutes: z.number().int().optional(),
    actionItems: z.array(z.object({ text: z.string(), dueOn: dateField.optional() })).optional(),
  })
  .strict();

/** A logged meeting with its action items. */
export const loggedMeetingSchema = z.object({ meeting: meetingSchema, actionItems: z.array(actionItemSchema) });
