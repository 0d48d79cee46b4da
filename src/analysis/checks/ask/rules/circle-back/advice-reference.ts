import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `advice-reference` rule. */
export const messages = {
  placeholder: (phrase: string) =>
    `"${phrase}" does not say which advice you applied. Name it in their words, e.g. "your tip on scoring cost of delay in weeks".`,
  missing: () =>
    'The message never names the advice you applied, so they cannot tell what worked. Name it, e.g. "I tried your idea of moving the invite prompt to step two".',
};

/** Fails a circle-back that does not name the specific advice or framework it applied. */
export const adviceReference: Rule<AskContext> = {
  id: 'advice-reference',
  description: 'Fails a circle-back that does not name the specific advice or framework applied; "the framework" names nothing.',
  severity: 'error',
  check(doc) {
    const parts = loopParts(doc);
    if (parts.advice.length > 0) return [];
    const placeholder = parts.advicePlaceholder;
    if (placeholder) return [{ ...placeholder, message: messages.placeholder(doc.text.slice(placeholder.start, placeholder.end)) }];
    return [{ ...wholeText(doc), message: messages.missing() }];
  },
};
