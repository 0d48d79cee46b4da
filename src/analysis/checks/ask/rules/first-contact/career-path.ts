import type { Rule } from '../../../../engine/types.js';
import { findCareerQuestions } from '../../find-career-questions.js';
import { rewriteAsk } from '../../rewrite.js';

/** Messages of the `career-path` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks about their career path, a long story with no quick answer. Ask about one thing they made or said instead.`,
};

/** Fails an ask about the recipient's career path. */
export const careerPath: Rule = {
  id: 'career-path',
  description: 'Fails a first contact that asks about their career path, their journey or how they got where they are.',
  severity: 'error',
  check(doc) {
    const spans = findCareerQuestions(doc);
    if (spans.length === 0) return [];
    const suggestion = rewriteAsk(doc);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end)), suggestion }));
  },
};
