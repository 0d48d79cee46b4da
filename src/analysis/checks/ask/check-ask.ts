import { runCheck } from '../../engine/run-rules.js';
import type { CheckResult, Rule } from '../../engine/types.js';
import type { AskContext, AskStage } from './ask-context.js';
import { circleBackRules } from './rules/circle-back/circle-back-rules.js';
import { escalationRules } from './rules/escalation/escalation-rules.js';
import { firstContactRules } from './rules/first-contact/first-contact-rules.js';
import { followUpRules } from './rules/follow-up/follow-up-rules.js';

/** The rules run at each stage; a backstage request is bounded and specific like an escalation. */
export const askRules: Record<AskStage, readonly Rule<AskContext>[]> = {
  'first-contact': firstContactRules,
  'follow-up': followUpRules,
  'circle-back': circleBackRules,
  escalation: escalationRules,
  backstage: escalationRules,
};

/**
 * Checks an outreach message at a stage of the loop (SPEC §1.5). Pure and synchronous: the
 * same text, stage and relationship state always give the same result.
 */
export function checkAsk(
  text: string,
  options: { stage?: AskStage | undefined; hasCircleBack?: boolean | undefined } = {},
): CheckResult<'pass' | 'revise'> {
  const ctx: AskContext = { stage: options.stage ?? 'first-contact', hasCircleBack: options.hasCircleBack };
  return runCheck('ask', text, askRules[ctx.stage], ctx, { pass: 'pass', fail: 'revise' }).result;
}
