import { z } from 'zod';
import { checkResultField, dateField, idField, longText, rowFields } from '../records/schemas.js';

/**
 * The stages of a mentor relationship (SPEC §1.4), in the loop's order. `stages.ts` holds the
 * moves between them, so the board, the CLI and the rules read one table.
 */
export const stages = [
  'prospect',
  'asked',
  'replied',
  'applied',
  'circled-back',
  'escalated',
  'office-hours',
  'dormant',
  'declined',
] as const;
export type Stage = (typeof stages)[number];

/** How often office hours with a mentor recur. */
export const officeHoursCadences = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;

/** One mentor relationship: its stage, the outcome it serves and its keep-in-touch cadence. */
export const relationshipSchema = z.object({
  ...rowFields,
  mentorId: idField,
  outcomeId: idField.nullable(),
  gapId: idField.nullable(),
  stage: z.enum(stages),
  stageSince: dateField,
  /** Days after the last real interaction when staying in touch is due. */
  idealGapDays: z.number().int().min(1).max(3_650),
  /** Days after which the relationship is on the losing-touch list. */
  maxGapDays: z.number().int().min(1).max(3_650),
  officeHoursCadence: z.enum(officeHoursCadences).nullable(),
  officeHoursMinutes: z.number().int().min(5).max(240).nullable(),
});
export type Relationship = z.infer<typeof relationshipSchema>;

const cadenceRule = (r: { idealGapDays?: number | undefined; maxGapDays?: number | undefined }) =>
  r.idealGapDays === undefined || r.maxGapDays === undefined || r.idealGapDays <= r.maxGapDays;
const cadenceMessage = { message: 'The ideal gap (days) must not exceed the maximum gap (days)' };

export const relationshipCreate = relationshipSchema
  .pick({ mentorId: true })
  .extend(
    relationshipSchema
      .pick({ outcomeId: true, gapId: true, idealGapDays: true, maxGapDays: true, officeHoursCadence: true, officeHoursMinutes: true })
      .partial().shape,
  )
  .refine(cadenceRule, cadenceMessage);
/** A whole relationship as stored: checked after every change, so an edit of one gap cannot pass the other. */
export const relationshipRow = relationshipSchema.refine(cadenceRule, cadenceMessage);
/** The stage is not editable: it changes only through a move, which records its date. */
export const relationshipUpdate = relationshipSchema
  .pick({ outcomeId: true, gapId: true, idealGapDays: true, maxGapDays: true, officeHoursCadence: true, officeHoursMinutes: true })
  .partial()
  .refine(cadenceRule, cadenceMessage);

/** A dated stage move; written only by `moveRelationship`. */
export const transitionSchema = z.object({
  ...rowFields,
  relationshipId: idField,
  fromStage: z.enum(stages).nullable(),
  toStage: z.enum(stages),
  date: dateField,
  note: z.string().max(5_000).nullable(),
});
export type Transition = z.infer<typeof transitionSchema>;

export const messageKinds = ['ask', 'follow-up', 'reply', 'circle-back', 'escalation', 'backstage'] as const;
export type MessageKind = (typeof messageKinds)[number];

/** A message sent to or received from a mentor, with the check result it had when sent. */
export const messageSchema = z.object({
  ...rowFields,
  relationshipId: idField,
  kind: z.enum(messageKinds),
  direction: z.enum(['out', 'in']),
  subject: z.string().max(1_000).nullable(),
  body: z.string().trim().min(1, 'must not be empty').max(100_000),
  sentOn: dateField,
  checkVerdict: z.string().max(40).nullable(),
  checkScore: z.number().int().min(0).max(100).nullable(),
  checkResult: checkResultField.nullable(),
});
export type Message = z.infer<typeof messageSchema>;

/**
 * What logging a message takes. Its check is never taken from the caller: an outgoing message
 * is checked when logged. A circle-back names the advice it reports on (`adviceIds`); a
 * follow-up before the wait of SPEC §1.4 needs `force`.
 */
export const messageCreate = messageSchema
  .pick({ relationshipId: true, kind: true, body: true })
  .extend(messageSchema.pick({ subject: true, sentOn: true }).partial().shape)
  .extend({
    adviceIds: z.array(idField).max(50).optional(),
    force: z.boolean().optional(),
  });
export const messageUpdate = messageSchema.pick({ subject: true }).partial();

/** One piece of advice from a mentor, tracked applied → result → circled back. */
export const adviceSchema = z.object({
  ...rowFields,
  relationshipId: idField,
  messageId: idField.nullable(),
  text: z.string().trim().min(1, 'must not be empty').max(5_000),
  receivedOn: dateField,
  appliedOn: dateField.nullable(),
  appliedContext: z.string().max(5_000).nullable(),
  result: z.string().max(5_000).nullable(),
  /** The day the result is expected: the circle-back reminder falls on it (default: 7 days after applying). */
  resultExpectedOn: dateField.nullable(),
  /** The latest circle-back message that named this advice, whether or not it closed the loop. */
  circleBackMessageId: idField.nullable(),
  circledBackOn: dateField.nullable(),
});
export type Advice = z.infer<typeof adviceSchema>;
/** A whole piece of advice as stored: its result cannot be expected before it was received. */
export const adviceRow = adviceSchema.refine((a) => a.resultExpectedOn === null || a.resultExpectedOn >= a.receivedOn, {
  message: 'The result cannot be expected before the advice was received',
  path: ['resultExpectedOn'],
});
/**
 * Advice added by hand: its text, when it came and when its result is expected. Applying it,
 * its result and the circle-back are steps of the loop with their own rules, not fields to set.
 */
export const adviceCreate = adviceSchema
  .pick({ relationshipId: true, text: true })
  .extend(adviceSchema.pick({ messageId: true, receivedOn: true, resultExpectedOn: true }).partial().shape);
/**
 * What a correction may change: the words of the advice and when its result is expected.
 * Strict, so an attempt to set a step of the loop (`circledBackOn` …) is refused, not ignored.
 */
export const adviceUpdate = adviceSchema.pick({ text: true, resultExpectedOn: true }).partial().strict();

/** A meeting or exchange with its objective and notes. */
export const meetingSchema = z.object({
  ...rowFields,
  relationshipId: idField,
  date: dateField,
  objective: z.string().max(2_000).nullable(),
  notes: longText.nullable(),
  durationMinutes: z.number().int().min(1).max(600).nullable(),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingCreate = meetingSchema
  .pick({ relationshipId: true })
  .extend(meetingSchema.pick({ date: true, objective: true, notes: true, durationMinutes: true }).partial().shape);
export const meetingUpdate = meetingSchema.pick({ date: true, objective: true, notes: true, durationMinutes: true }).partial();

/** Something to do after a meeting, with a due date. */
export const actionItemSchema = z.object({
  ...rowFields,
  meetingId: idField,
  text: z.string().trim().min(1, 'must not be empty').max(2_000),
  dueOn: dateField.nullable(),
  doneOn: dateField.nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export const actionItemCreate = actionItemSchema
  .pick({ meetingId: true, text: true })
  .extend(actionItemSchema.pick({ dueOn: true, doneOn: true }).partial().shape);
export const actionItemUpdate = actionItemSchema.pick({ text: true, dueOn: true, doneOn: true }).partial();
