import { apologyHedges } from '../../../../data/ask.js';
import { findAll } from '../../../../engine/match.js';
import { phraseRegex } from '../../../../engine/phrase-regex.js';
import type { Rule } from '../../../../engine/types.js';

const pattern = phraseRegex(apologyHedges);

/** Messages of the `apology-hedging` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" apologises for asking; a specific, easy question respects their time better. Drop it and ask directly.`,
};

/** Warns about apologies and hedges ("sorry to bother you", "I know you're busy"). */
export const apologyHedging: Rule = {
  id: 'apology-hedging',
  description: 'Warns about apologies and hedges such as "sorry to bother you" or "I know you\'re busy".',
  severity: 'warning',
  check(doc) {
    return findAll(doc, pattern).map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)) }));
  },
};
