import { z } from 'zod';
import { checkResultField, dateField, idField, rowFields } from '../records/schemas.js';

/** A request for specific, subjective feedback (the Mirror method, SPEC §1.5). */
export const feedbackRequestSchema = z.object({
  ...rowFields,
  gapId: idField.nullable(),
  mentorId: idField.nullable(),
  giverName: z.string().trim().min(1, 'must not be empty').max(300),
  event: z.string().max(1_000).nullable(),
  focus: z.string().max(1_000).nullable(),
  body: z.string().trim().min(1, 'must not be empty').max(100_000),
  sentOn: dateField,
  checkVerdict: z.string().max(40).nullable(),
  checkResult: checkResultField.nullable(),
});
export type FeedbackRequest = z.infer<typeof feedbackRequestSchema>;
export const feedbackRequestCreate = feedbackRequestSchema
  .pick({ giverName: true, body: true })
  .extend(
    feedbackRequestSchema
      .pick({ gapId: true, mentorId: true, event: true, focus: true, sentOn: true, checkVerdict: true, checkResult: true })
      .partial().shape,
  );
export const feedbackRequestUpdate = feedbackRequestSchema.pick({ gapId: true, event: true, focus: true, sentOn: true }).partial();

/** Feedback received, optionally answering a request, with the shadow side it points to. */
export const feedbackSchema = z.object({
  ...rowFields,
  requestId: idField.nullable(),
  /** The mentor who gave it, when they are one; feedback on a request to a mentor takes the request's. */
  mentorId: idField.nullable(),
  giverName: z.string().trim().min(1, 'must not be empty').max(300),
  body: z.string().trim().min(1, 'must not be empty').max(100_000),
  receivedOn: dateField,
  theme: z.string().max(300).nullable(),
  strengthId: z.string().max(100).nullable(),
  /** The counter-behaviour the user adopted in response. */
  adopted: z.string().max(5_000).nullable(),
  /** When it was adopted: the shadow side is measured again a few weeks later. */
  adoptedOn: dateField.nullable(),
});
export type Feedback = z.infer<typeof feedbackSchema>;
export const feedbackCreate = feedbackSchema
  .pick({ giverName: true, body: true })
  .extend(
    feedbackSchema
      .pick({ requestId: true, mentorId: true, receivedOn: true, theme: true, strengthId: true, adopted: true, adoptedOn: true })
      .partial().shape,
  );
export const feedbackUpdate = feedbackSchema
  .pick({ mentorId: true, theme: true, strengthId: true, adopted: true, adoptedOn: true, receivedOn: true })
  .partial();

/** What the user said back to the feedback, with its gratitude check. */
export const feedbackReplySchema = z.object({
  ...rowFields,
  feedbackId: idField,
  body: z.string().trim().min(1, 'must not be empty').max(100_000),
  sentOn: dateField,
  checkVerdict: z.string().max(40).nullable(),
  checkResult: checkResultField.nullable(),
});
export type FeedbackReply = z.infer<typeof feedbackReplySchema>;
export const feedbackReplyCreate = feedbackReplySchema
  .pick({ feedbackId: true, body: true })
  .extend(feedbackReplySchema.pick({ sentOn: true, checkVerdict: true, checkResult: true }).partial().shape);
export const feedbackReplyUpdate = feedbackReplySchema.pick({ sentOn: true }).partial();
