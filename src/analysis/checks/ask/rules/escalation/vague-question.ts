import {
  broadPhrases,
  questionOpeners,
  slotRequestCues,
  specificProblemPhrases,
  specificQuestionWords,
} from '../../../../data/ask-escalation.js';
import { wholeText } from '../../../../engine/match.js';
import type { Doc, Rule } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { askKind } from '../../ask-kind.js';
import { compile, isWord, phraseHits, sentenceTokens, wordSet } from '../../loop-tokens.js';

const broadRegex = compile(broadPhrases);
const specificRegex = compile(specificProblemPhrases);
const OPENERS = wordSet(questionOpeners);
const requestRegex = compile(slotRequestCues);

/** Messages of the `vague-question` rule. */
export const messages = {
  broad: (phrase: string, aNoun: string) =>
    `"${phrase}" opens a general discussion; ${aNoun} brings one specific, nuanced problem. State it, e.g. "whether to cap freezes per month or charge for them".`,
  missing: (noun: string, backstage: boolean) =>
    backstage
      ? `The ${noun} does not say what you want to learn by watching. Name it, e.g. "to see how you frame the trade-off between seat and usage pricing".`
      : `The ${noun} states no specific problem. Say what you are stuck on and the choice you face, e.g. "how you break ties when two projects have the same cost of delay".`,
};

/** Fails an escalation that states no specific, nuanced problem. */
export const vagueQuestion: Rule<AskContext> = {
  id: 'vague-question',
  description:
    'Fails an escalation or backstage request that states no specific, nuanced problem ("your general thoughts on prioritisation").',
  severity: 'error',
  check(doc, ctx) {
    const { noun, aNoun, backstage } = askKind(ctx);
    if (phraseHits(doc, specificRegex).some((h) => !comparesNumbers(doc, h))) return [];
    const broad = phraseHits(doc, broadRegex, { skipNegated: true })[0];
    if (broad) return [{ ...broad, message: messages.broad(doc.text.slice(broad.start, broad.end), aNoun) }];
    if (detailedQuestion(doc)) return [];
    return [{ ...wholeText(doc), message: messages.missing(noun, backstage) }];
  },
};

/** "0.62 vs 0.31": a comparison of two numbers reports a result; it poses no choice. */
function comparesNumbers(doc: Doc, hit: { start: number; end: number }): boolean {
  if (!/^(?:vs|versus)$/.test(doc.lower.slice(hit.start, hit.end))) return false;
  return (
    /\d\S{0,3}\s*$/.test(doc.lower.slice(Math.max(0, hit.start - 10), hit.start)) && /^\.?\s*\d/.test(doc.lower.slice(hit.end, hit.end + 6))
  );
}

/** A request with a problem in it: "how/what …" with a few words after ("how to split ownership"), or a choice "… or …". */
function detailedQuestion(doc: Doc): boolean {
  const asking = new Set(phraseHits(doc, requestRegex).map((h) => h.sentence));
  return doc.sentences.some((s, i) => {
    if (!s.question && !asking.has(i)) return false;
    const words = sentenceTokens(doc, i).filter(isWord);
    const opener = words.findIndex((w) => OPENERS.has(w.lower));
    const choice = words.some((w) => w.lower === 'or') && words.length >= 10;
    return choice || (opener >= 0 && words.length - opener - 1 >= specificQuestionWords);
  });
}
