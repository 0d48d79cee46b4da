import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import { readReply } from '../read-reply.js';

/** Messages of the `gratitude` rule. */
export const messages = {
  missing: () => 'No thanks: giving honest feedback costs the other person something. Start with "Thank you for telling me".',
};

/** Fails a reply to feedback that does not thank the person (thank you, thanks, appreciate, grateful, cheers). */
export const gratitude: Rule = {
  id: 'gratitude',
  description: 'Fails a reply to feedback that does not thank the person who gave it (thank you, thanks, appreciate, grateful, cheers).',
  severity: 'error',
  check(doc) {
    if (readReply(doc).thanks.length > 0) return [];
    const span = wholeText(doc);
    const rest = doc.text.slice(span.start, span.end);
    return [{ ...span, message: messages.missing(), suggestion: `Thank you for telling me.${rest ? ` ${rest}` : ''}` }];
  },
};
