import { wholeText } from '../../../../engine/positions.js';
import type { Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { loopParts } from '../../loop-parts.js';

/** Messages of the `context` rule. */
export const messages = {
  placeholder: (phrase: string) =>
    `"${phrase}" does not say where you applied the advice. Name the place, e.g. "on our team-onboarding flow" or "in Tuesday's roadmap review".`,
  missing: () =>
    'The message never says where you applied the advice. Add the product, team, test, launch or meeting, e.g. "on our signup page".',
};

/** Fails a circle-back that does not say where the advice was applied. */
export const context: Rule<AskContext> = {
  id: 'context',
  description: 'Fails a circle-back that does not say where the advice was applied; "my project" names no place.',
  severity: 'error',
  check(doc) {
    const parts = loopParts(doc);
    if (parts.context.length > 0) return [];
    const placeholder = parts.contextPlaceholder;
    if (placeholder) return [{ ...placeholder, message: messages.placeholder(doc.text.slice(placeholder.start, placeholder.end)) }];
    return [{ ...wholeText(doc), message: messages.missing() }];
  },
};
