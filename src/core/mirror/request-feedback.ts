import { checkFeedbackRequest } from '../../analysis/checks/feedback-request/check-feedback-request.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord, dropUndefined } from '../records/create-record.js';
import { parseInput } from '../records/parse-input.js';
import { giverOf } from './giver-of.js';
import { type FeedbackRequest, feedbackRequestCreate } from './schemas.js';

/** What a feedback request is made of; the giver is a name, a mentor, or both. */
export interface FeedbackRequestInput {
  body: string;
  giverName?: string | undefined;
  mentorId?: string | undefined;
  gapId?: string | undefined;
  event?: string | undefined;
  focus?: string | undefined;
  sentOn?: string | undefined;
}

/**
 * Logs a request for feedback (the Mirror method) with the feedback-request check the web and
 * `check feedback-request` run, kept with it. A request was sent, so it is logged whatever its
 * verdict; the caller shows the findings. A request to a mentor is named after them unless a
 * name is given. Input is validated before the check runs, and a future date is refused.
 */
export async function requestFeedback(ctx: Context, options: FeedbackRequestInput): Promise<FeedbackRequest> {
  const giverName = await giverOf(ctx, options);
  const input = parseInput(feedbackRequestCreate, dropUndefined({ ...options, giverName }), 'feedback request');
  if (input.sentOn && input.sentOn > ctx.clock.today()) {
    throw new AppError('invalid_input', `A feedback request cannot be dated in the future (${input.sentOn})`);
  }
  const check = checkFeedbackRequest(input.body);
  return createRecord(ctx, { entity: 'feedbackRequests', input: { ...input, checkVerdict: check.verdict, checkResult: check } });
}
