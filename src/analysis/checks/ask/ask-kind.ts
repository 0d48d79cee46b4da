import type { AskContext } from './ask-context.js';

/**
 * How the escalation rules name the message they check: the same rules run for an escalation
 * and for a backstage request (SPEC §1.4), and each message must read right for both.
 */
export function askKind(ctx: AskContext | undefined): { noun: string; aNoun: string; backstage: boolean } {
  const backstage = ctx?.stage === 'backstage';
  return backstage
    ? { noun: 'backstage request', aNoun: 'a backstage request', backstage }
    : { noun: 'escalation', aNoun: 'an escalation', backstage };
}
