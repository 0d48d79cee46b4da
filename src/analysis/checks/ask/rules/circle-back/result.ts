import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `result` rule. */
export const messages = {
  placeholder: (phrase: string) =>
    `"${phrase}" does not say what happened. State the result: a number ("activation went from 18% to 24%"), an outcome or what you learned.`,
  missing: () =>
    'The message never says what happened when you applied the advice. Add the result: a number, an outcome ("finance accepted the ranking") or a learning.',
};

/** Fails a circle-back that does not report what happened: a number, an outcome or a learning. */
export const result: Rule<AskContext> = {
  id: 'result',
  description: 'Fails a circle-back that does not report a result (a number, an outcome or a learning); "we saw a result" names none.',
  severity: 'error',
  check(doc) {
    const parts = loopParts(doc);
    if (parts.results.length > 0) return [];
    const placeholder = parts.resultPlaceholder;
    if (placeholder) return [{ ...placeholder, message: messages.placeholder(doc.text.slice(placeholder.start, placeholder.end)) }];
    return [{ ...wholeText(doc), message: messages.missing() }];
  },
};
