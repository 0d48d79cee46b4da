import type { Rule } from '../../../../engine/types.js';
import { findBigFavors } from '../../find-big-favors.js';
import { rewriteAsk } from '../../rewrite.js';

/** Messages of the `big-favor` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks a big favour — a review, an introduction, a referral, a job or an ongoing commitment — of someone who does not know you yet. Start with one small, specific question.`,
};

/** Fails an ask for a review, an introduction, a referral, a job or an ongoing commitment. */
export const bigFavor: Rule = {
  id: 'big-favor',
  description: 'Fails a first contact that asks for a review, an introduction, a referral, a job or an ongoing commitment.',
  severity: 'error',
  check(doc) {
    const spans = findBigFavors(doc);
    if (spans.length === 0) return [];
    const suggestion = rewriteAsk(doc);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)), suggestion }));
  },
};
