import type { AskStage } from '../../../../src/analysis/checks/ask/ask-context.js';
import { checkAsk } from '../../../../src/analysis/checks/ask/check-ask.js';
import { checkFeedbackReply } from '../../../../src/analysis/checks/feedback-reply/check-feedback-reply.js';
import { checkFeedbackRequest } from '../../../../src/analysis/checks/feedback-request/check-feedback-request.js';
import type { CheckResult } from '../../../../src/analysis/engine/types.js';

/**
 * Which check an editor runs, as plain data so it can cross to the worker: an ask at a stage
 * (with whether the relationship has a circle-back, when known), a feedback request or a reply.
 */
export type CheckSpec =
  | { check: 'ask'; stage: AskStage; hasCircleBack?: boolean | undefined }
  | { check: 'feedback-request' }
  | { check: 'feedback-reply' };

/** Runs the check a spec names on a text; pure and synchronous (the worker calls it). */
export function runCheckSpec(spec: CheckSpec, text: string): CheckResult {
  switch (spec.check) {
    case 'ask':
      return checkAsk(text, { stage: spec.stage, hasCircleBack: spec.hasCircleBack });
    case 'feedback-request':
      return checkFeedbackRequest(text);
    case 'feedback-reply':
      return checkFeedbackReply(text);
  }
}
