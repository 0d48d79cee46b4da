import { careerMoveVerbs, careerPhrases, careerRoleWords } from '../../../../data/ask.js';
import type { Span } from '../../../../engine/match.js';
import { memo } from '../../../../engine/memo.js';
import type { Doc, Rule } from '../../../../engine/types.js';
import { alt, gap, gated, onePerSentence, requestedMatches, requestSentences, wordRegex } from '../../request-language.js';
import { rewriteAsk } from '../../rewrite.js';

/** Product terms that reuse career words ("your journey map", "your path to activation"). */
const NOT_CAREER =
  '(?!\\s{1,3}(?:map|maps|mapping|mapped|stage|stages|step|steps|analytics|data|framework|model|to activation|to value|to pmf|to product-market))';
const phrases = gated(wordRegex(`(?:${alt(careerPhrases)})(?![\\p{L}\\p{N}])${NOT_CAREER}`), careerPhrases);
/** "How did you go from engineering into product?": a move between roles, said of them. */
const move = gated(
  wordRegex(
    `(?:how|when|why)\\s{1,3}(?:(?:did|do|have|had)\\s{1,3})?${alt(['you'])}\\s{1,3}(?:(?:first|originally|ever|eventually|actually|finally|initially)\\s{1,3})?(?:${alt(careerMoveVerbs)})\\s{1,3}(?:from|into|in to|to|towards|toward|over to|out of|up to)\\s{1,3}${gap(3)}(?:${alt(careerRoleWords)})(?![\\p{L}\\p{N}-])`,
  ),
  ['how', 'when', 'why'],
);

/** Messages of the `career-path` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks about their career path, a long story with no quick answer. Ask about one thing they made or said instead.`,
};

/**
 * Where a request of `doc` asks about the recipient's own career path: "your journey", "how
 * did you go from engineering into product", "what got you where you are". The sender's
 * path ("my product journey") does not count. Shared with the follow-up stage.
 */
export function findCareerQuestions(doc: Doc): Span[] {
  return memo(doc, 'career', () => collectCareerQuestions(doc));
}

function collectCareerQuestions(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  return onePerSentence(doc, [...requestedMatches(doc, phrases, requests), ...requestedMatches(doc, move, requests)]);
}

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
