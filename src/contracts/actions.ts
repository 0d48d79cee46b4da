import { z } from 'zod';
import type { LosingTouch } from '../core/actions/loop-types.js';
import type { NextAction } from '../core/actions/next-action.js';
import type { NextActions } from '../core/actions/next-actions.js';
import { actionKinds } from '../core/actions/schemas.js';
import { dateField } from '../core/records/schemas.js';
import { stages } from '../core/relationships/schemas.js';
import { blank } from './common.js';

/** What to do next over HTTP (SPEC §2): the next actions, their calendar, and who you are losing touch with. */

/** Query of `GET /api/next-actions`: how many days ahead, as of which day. */
export const nextActionsQuery = z.object({
  days: z
    .preprocess(blank, z.coerce.number().int().min(0).max(366).optional())
    .meta({ description: 'days ahead to include, 0–366; default 7' }),
  today: z.preprocess(blank, dateField.optional()).meta({ description: 'the reference date, YYYY-MM-DD; default the server’s today' }),
});

/** Query of `GET /api/next-actions.ics`: a calendar looks further ahead than today's list. */
export const calendarQuery = z.object({
  days: z
    .preprocess(blank, z.coerce.number().int().min(0).max(366).optional())
    .meta({ description: 'days ahead to include, 0–366; default 30 (overdue actions are always in)' }),
});

/** Query of the routes judged as of a day (losing touch, the doctor). */
export const todayQuery = nextActionsQuery.pick({ today: true });

/** One next action (SPEC §2): what to do, when, and a reason naming the mentor or outcome. */
export const nextActionSchema = z.object({
  id: z.string().meta({ description: 'stable while the action is pending: `<kind>:<record id>`' }),
  kind: z.enum(actionKinds),
  dueOn: z.string(),
  reason: z.string(),
  mentorId: z.string().optional(),
  relationshipId: z.string().optional(),
  outcomeId: z.string().optional(),
  gapId: z.string().optional(),
  adviceId: z.string().optional(),
  feedbackId: z.string().optional(),
  overdue: z.boolean(),
}) satisfies z.ZodType<NextAction>;

/** A relationship past its maximum keep-in-touch gap. */
export const losingTouchSchema = z.object({
  relationshipId: z.string(),
  mentorId: z.string(),
  mentorName: z.string(),
  stage: z.enum(stages),
  lastInteraction: z.string(),
  daysSince: z.number().int(),
  maxGapDays: z.number().int(),
}) satisfies z.ZodType<LosingTouch>;

/** Response of `GET /api/next-actions`. */
export const nextActionsSchema = z.object({
  today: z.string(),
  horizonDays: z.number().int(),
  actions: z.array(nextActionSchema),
  losingTouch: z.array(losingTouchSchema),
}) satisfies z.ZodType<NextActions>;
