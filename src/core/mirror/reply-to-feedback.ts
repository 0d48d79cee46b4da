import { checkFeedbackReply } from '../../analysis/checks/feedback-reply/check-feedback-reply.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord, dropUndefined } from '../records/create-record.js';
import { getRecord } from '../records/get-record.js';
import { parseInput } from '../records/parse-input.js';
import { adoptCounterBehaviour } from './adopt-counter-behaviour.js';
import { type Feedback, type FeedbackReply, feedbackReplyCreate } from './schemas.js';

/** A reply logged, with the feedback it answers (changed when a counter-behaviour was adopted). */
export interface RepliedFeedback {
  reply: FeedbackReply;
  feedback: Feedback;
}

/**
 * Logs your reply to a piece of feedback with its gratitude check (feedback-reply) kept with
 * it; it was sent, so it is logged whatever the verdict. `adopt` records the counter-behaviour
 * the reply commits to, adopted on the day of the reply. One transaction: both, or nothing.
 */
export async function replyToFeedback(
  ctx: Context,
  options: { feedbackId: string; body: string; sentOn?: string | undefined; adopt?: string | undefined },
): Promise<RepliedFeedback> {
  const input = parseInput(
    feedbackReplyCreate,
    dropUndefined({ feedbackId: options.feedbackId, body: options.body, sentOn: options.sentOn }),
    'feedback reply',
  );
  const sentOn = input.sentOn ?? ctx.clock.today();
  if (sentOn > ctx.clock.today()) throw new AppError('invalid_input', `A reply cannot be dated in the future (${sentOn})`);
  if (options.adopt !== undefined && !options.adopt.trim()) {
    throw new AppError('invalid_input', 'Say what you will do differently: the counter-behaviour must not be empty');
  }
  const check = checkFeedbackReply(input.body);
  return ctx.ws.transaction(async (ws) => {
    const inner = { ...ctx, ws };
    const answered = await getRecord(inner, { entity: 'feedback', id: input.feedbackId });
    if (sentOn < answered.receivedOn) {
      throw new AppError('invalid_input', `A reply on ${sentOn} cannot answer feedback received later, on ${answered.receivedOn}`);
    }
    const reply = await createRecord(inner, {
      entity: 'feedbackReplies',
      input: { ...input, sentOn, checkVerdict: check.verdict, checkResult: check },
    });
    const feedback = options.adopt
      ? await adoptCounterBehaviour(inner, { feedbackId: answered.id, counter: options.adopt, on: sentOn })
      : answered;
    return { reply, feedback };
  });
}
