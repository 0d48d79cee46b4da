import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import { requestSentences } from '../../request-language.js';

/** Messages of the `no-question` rule. */
export const messages = {
  none: () => 'The message asks nothing, so there is nothing to answer. End with one specific question about something they made or said.',
};

/** Fails an ask that holds no question and no request at all ("I'd like to introduce myself."). */
export const noQuestion: Rule = {
  id: 'no-question',
  description: 'Fails a first contact that holds no question or request at all.',
  severity: 'error',
  check(doc) {
    if (requestSentences(doc).some(Boolean)) return [];
    return [{ ...wholeText(doc), message: messages.none() }];
  },
};
