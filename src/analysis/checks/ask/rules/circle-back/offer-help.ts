import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `offer-help` rule. */
export const messages = {
  missing: () =>
    'Nothing is offered back, so the relationship stays one-way. Consider offering something, e.g. "Happy to share the cohort data if it\'s useful."',
};

/** Suggests offering to help them back when a circle-back offers nothing. */
export const offerHelp: Rule<AskContext> = {
  id: 'offer-help',
  description: 'Suggests offering to help them back (data, an intro, a write-up) when the circle-back offers nothing.',
  severity: 'info',
  check(doc) {
    return loopParts(doc).offers.length > 0 ? [] : [{ ...wholeText(doc), message: messages.missing() }];
  },
};
