import { runCheck } from '../../engine/run-rules.js';
import type { CheckResult } from '../../engine/types.js';
import { feedbackReplyRules } from './feedback-reply-rules.js';

/**
 * Checks a reply to feedback (SPEC §1.5, Mirror method): `grateful` when it thanks the person
 * and does not justify, contradict, blame or minimise; otherwise `revise`. Pure and synchronous.
 */
export function checkFeedbackReply(text: string): CheckResult<'grateful' | 'revise'> {
  return runCheck('feedback-reply', text, feedbackReplyRules, undefined, { pass: 'grateful', fail: 'revise' }).result;
}
