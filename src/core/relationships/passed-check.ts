import type { Message } from './schemas.js';

/** The verdict of a check that passed, as a message keeps it. */
export const PASSED_VERDICT = 'pass';

/**
 * Whether a logged message passed the check it had when it was logged. Only a circle-back
 * that passed closes advice, moves the relationship to `circled-back` and earns an escalation.
 */
export function passedCheck(message: Pick<Message, 'checkVerdict'>): boolean {
  return message.checkVerdict === PASSED_VERDICT;
}

/** Whether some circle-back among `messages` passed its check: what an escalation needs (SPEC §1.4). */
export function hasPassedCircleBack(messages: readonly Pick<Message, 'kind' | 'checkVerdict'>[]): boolean {
  return messages.some((m) => m.kind === 'circle-back' && passedCheck(m));
}
