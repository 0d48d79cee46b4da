import { z } from 'zod';
import type { LoggedFeedback } from '../core/mirror/log-feedback.js';
import { feedbackReplySchema, feedbackRequestSchema, feedbackSchema } from '../core/mirror/schemas.js';
import { dateField, idField } from '../core/records/schemas.js';

/** The Mirror's schemas over HTTP: logging feedback, adopting a counter-behaviour, the history. */

/** Body of `POST /api/feedback`: who gave it (a name, a mentor, or the giver of the request it answers) and what they said. */
export const feedbackLogBody = z
  .object({
    body: z.string().max(100_000).meta({ description: 'what they said' }),
    giverName: z.string().max(300).optional().meta({ description: 'default: the mentor’s name, or the request’s giver' }),
    mentorId: idField.optional().meta({ description: 'the mentor who gave it; default: the mentor of the request' }),
    requestId: idField.optional(),
    receivedOn: dateField.optional().meta({ description: 'default today' }),
    theme: z.string().max(300).optional(),
    strengthId: z
      .string()
      .max(100)
      .nullable()
      .optional()
      .meta({ description: 'the strength whose shadow it describes; default: found from the text; null for none' }),
    adopted: z.string().max(5_000).optional().meta({ description: 'the counter-behaviour adopted in response' }),
    adoptedOn: dateField.optional().meta({ description: 'default: the day it was received' }),
  })
  .strict();
export type FeedbackLogBody = z.infer<typeof feedbackLogBody>;

/** Feedback logged, with the shadow side it points to. */
export const loggedFeedbackSchema = z.object({
  feedback: feedbackSchema,
  shadow: z.object({ strength: z.string(), strengthName: z.string(), shadow: z.string(), counter: z.string() }).nullable(),
}) satisfies z.ZodType<LoggedFeedback>;

/** Body of `POST /api/feedback/{id}/adopt`. */
export const feedbackAdoptBody = z.object({
  counter: z.string().max(5_000).meta({ description: 'what you will do differently' }),
  on: dateField.optional().meta({ description: 'the day it was adopted; default today' }),
});

/** Query of `GET /api/mirror`: everything, or what concerns one mentor. */
export const mirrorHistoryQuery = z.object({ mentorId: idField.optional() });

/** Response of `GET /api/mirror`: requests, feedback and replies, each newest first. */
export const mirrorHistorySchema = z.object({
  requests: z.array(feedbackRequestSchema),
  feedback: z.array(feedbackSchema),
  replies: z.array(feedbackReplySchema),
});
export type MirrorHistoryResponse = z.infer<typeof mirrorHistorySchema>;
