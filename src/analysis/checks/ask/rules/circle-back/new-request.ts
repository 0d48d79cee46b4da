import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `new-request` rule. */
export const messages = {
  found: () =>
    'A new request in a circle-back turns your thank-you into another ask. Send the report on its own and keep the question for a later message.',
};

/** Warns about a new request inside a circle-back ("Could you also look at …?"). */
export const newRequest: Rule<AskContext> = {
  id: 'new-request',
  description: 'Warns about a new request or question in the same message as the circle-back.',
  severity: 'warning',
  check(doc) {
    return loopParts(doc).requests.map((span) => ({ ...span, message: messages.found() }));
  },
};
