import { runCheck } from '../../engine/run-rules.js';
import type { CheckResult } from '../../engine/types.js';
import { feedbackRequestRules } from './feedback-request-rules.js';

/**
 * Checks a request for feedback (SPEC §1.5, Mirror method): `specific` needs a particular
 * occasion, a trait or behaviour, and a question about how the writer came across; a missing
 * either-or contrast is only a warning. Pure and synchronous.
 */
export function checkFeedbackRequest(text: string): CheckResult<'specific' | 'generic'> {
  return runCheck('feedback-request', text, feedbackRequestRules, undefined, { pass: 'specific', fail: 'generic' }).result;
}
