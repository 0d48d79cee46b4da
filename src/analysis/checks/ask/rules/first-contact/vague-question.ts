import {
  bareVagueQuestions,
  choiceWords,
  genericObjects,
  howToOpeners,
  opinionModifiers,
  opinionNarrowers,
  opinionNouns,
  opinionPhrases,
  selfImprovementVerbs,
  situationPhrases,
  vaguePhrases,
  ventureStarts,
} from '../../../../data/ask.js';
import { findAll } from '../../../../engine/match.js';
import { memo } from '../../../../engine/memo.js';
import type { Doc, Rule, Span, Token } from '../../../../engine/types.js';
import { findReviewRequests } from '../../find-big-favors.js';
import { findCareerSpans } from '../../find-career-questions.js';
import {
  alt,
  gap,
  gated,
  onePerSentence,
  phrasesRegex,
  requestedMatches,
  requestSentences,
  sentenceIndexAt,
  wordRegex,
} from '../../request-language.js';
import { rewriteAsk } from '../../rewrite.js';

const END = '(?![\\p{L}\\p{N}])';
const broad = phrasesRegex(vaguePhrases);
/** "Your thoughts?", "what do you think of it": broad unless a choice follows within three words. */
const opinion = gated(
  wordRegex(`(?:${alt(opinionPhrases)})${END}(?!\\s{1,3}${gap(2)}(?:${alt([...opinionNarrowers, 'or'])})${END})`),
  opinionPhrases,
);
/** Unless a choice follows within three words ("…on whether", "…between"). */
const NO_NARROWER = `(?!\\s{1,3}${gap(2)}(?:${alt([...opinionNarrowers, 'or'])})${END})`;
/** "your general take", "your honest, overall thoughts": an opinion noun after a modifier, broad unless a choice follows. */
const modifiedOpinion = gated(
  wordRegex(
    `${alt(['your'])}\\s{1,3}(?:(?:${alt(opinionModifiers)})[\\s,]{1,3}(?:and\\s{1,3})?){1,2}(?:${alt(opinionNouns)})${END}${NO_NARROWER}`,
  ),
  ['your'],
);
/** "how to get something like this off the ground", "how would you approach a project like mine": a how-to about a stand-in. */
const howToGeneric = gated(
  wordRegex(
    `(?:${alt(howToOpeners)})\\s{1,3}${gap(4)}(?:(?:${alt(genericObjects)})|(?:it|this|that|mine|ours|my\\s{1,3}${gap(1)}[\\p{L}-]{1,30}|our\\s{1,3}${gap(1)}[\\p{L}-]{1,30})\\s{1,3}(?:${alt(ventureStarts)}))${END}`,
  ),
  howToOpeners,
);
/** "whatever thoughts you have on monetisation": any opinion at all, unless a choice follows. */
const whateverOpinion = gated(wordRegex(`whatever\\s{1,3}(?:${alt(opinionNouns)})${END}${NO_NARROWER}`), ['whatever']);
/**
 * "any reflections you might be willing to share.", "any advice you may have?": whatever opinion
 * they hold, on nothing named, the clause ending there.
 */
const anyOpinionYouHave = gated(
  wordRegex(
    `any\\s{1,3}(?:${alt(opinionNouns)})\\s{1,3}(?:that\\s{1,3})?(?:you|u)\\s{1,3}(?:(?:might|may|could|can|would)\\s{1,3})?(?:(?:be\\s{1,3}(?:willing|able|happy)\\s{1,3}to|care\\s{1,3}to)\\s{1,3})?(?:share|have|offer|spare|give)(?:\\s{1,3}(?:with\\s{1,3}(?:me|us)|me|us))?(?=\\s{0,3}(?:[.!?,;)]|$))`,
  ),
  ['any'],
);
/** "How do I get better at PM?", "how can someone break into growth?" */
const selfImprovement = gated(
  wordRegex(
    `how\\s{1,3}(?:do|can|could|should|would|might|will)\\s{1,3}(?:i|one|someone|a pm|a new pm|a junior pm|people|someone like me)\\s{1,3}(?:(?:best|really|actually|ever|quickly|finally|possibly)\\s{1,3})?(?:${alt(selfImprovementVerbs)})`,
  ),
  ['how'],
);
/** "…, thoughts?", "… → thoughts?" at the end of a sentence. */
const trailing = new RegExp(
  `(?:[,:;\\-\u2013\u2014\u2192]|->|\\.{2,3})\\s{0,3}(?:any\\s{1,3}|your\\s{1,3})?(?:${alt(bareVagueQuestions)})\\s{0,3}\\?`,
  'gu',
);
/** "What would you do in my situation?" — broad unless the sentence offers a choice. */
const situation = phrasesRegex(situationPhrases);
const choice = phrasesRegex(choiceWords);

/** For each sentence, whether it offers a concrete choice ("…A or B?", "whether…"). */
function choiceSentences(doc: Doc): boolean[] {
  const flags = doc.sentences.map(() => false);
  for (const span of findAll(doc, choice)) flags[sentenceIndexAt(doc, span.start)] = true;
  return flags;
}

const bare = new Set([...bareVagueQuestions, 'any', 'your', 'some', 'what', 'are', 'thought', 'idea']);

/** Question sentences made only of a broad word or two ("Thoughts?", "Any ideas?"). */
function bareQuestions(doc: Doc): Span[] {
  return doc.sentences
    .filter((s) => {
      const words = doc.tokens.slice(s.firstToken, s.endToken).filter((t: Token) => t.kind !== 'punct');
      // "…for our parking app. thoughts": the bare word left unpunctuated asks as "Thoughts?" does.
      if (!s.question && (words.length > 2 || /[.!,;:]\s*$/.test(doc.text.slice(s.start, s.end)))) return false;
      return words.length > 0 && words.length <= 3 && words.every((t) => bare.has(t.lower));
    })
    .map((s) => ({ start: s.start, end: s.end }));
}

/** Messages of the `vague-question` rule. */
export const messages = {
  found: (phrase: string) =>
    `"${phrase}" asks for broad advice or an opinion, which no one can answer in two minutes. Ask one specific question about something they made or said.`,
};

/**
 * Where a request of `doc` asks for broad advice or opinion: "any advice?", "thoughts?", "how
 * do I get better at PM?", "what skills should I focus on?", "your general take on how to get
 * something like this off the ground". A specific indirect request ("I'd
 * love to know which criterion you set first") is not vague, nor is an opinion on something
 * of the sender's they are asked to review ("your thoughts on our deck") — that is `big-favor`.
 */
export function findVagueQuestions(doc: Doc): Span[] {
  return memo(doc, 'vague', () => collectVagueQuestions(doc));
}

function collectVagueQuestions(doc: Doc): Span[] {
  const requests = requestSentences(doc);
  const reviewed = new Set(findReviewRequests(doc, requests).map((s) => sentenceIndexAt(doc, s.start)));
  const choices = choiceSentences(doc);
  // "what would you do differently on that path?" asks for their career story: one finding (`career-path`), not two.
  // A second clause ("…, and what should I focus on?") is a second ask.
  const career = findCareerSpans(doc);
  const sameClause = (span: Span) =>
    career.some((c) => {
      const [a, b] = c.start < span.start ? [c, span] : [span, c];
      return a.end >= b.start || !/[,;]|\band\b/.test(doc.lower.slice(a.end, b.start));
    });
  return onePerSentence(doc, [
    ...requestedMatches(doc, broad, requests),
    ...requestedMatches(doc, opinion, requests).filter(
      (s) => !reviewed.has(sentenceIndexAt(doc, s.start)) && !hedgeOrConfirmation(doc, s.start) && !quotedObject(doc, s),
    ),
    ...requestedMatches(doc, modifiedOpinion, requests).filter((s) => !reviewed.has(sentenceIndexAt(doc, s.start))),
    ...requestedMatches(doc, anyOpinionYouHave, requests),
    ...requestedMatches(doc, whateverOpinion, requests).filter((s) => !reviewed.has(sentenceIndexAt(doc, s.start))),
    ...requestedMatches(doc, howToGeneric, requests).filter((s) => !choices[sentenceIndexAt(doc, s.start)]),
    ...requestedMatches(doc, selfImprovement, requests),
    ...requestedMatches(doc, situation, requests).filter((s) => !choices[sentenceIndexAt(doc, s.start)]),
    ...requestedMatches(doc, trailing, requests).map((s) => ({
      start: s.start + Math.max(0, doc.lower.slice(s.start, s.end).search(/\p{L}/u)),
      end: s.end,
    })),
    ...bareQuestions(doc),
  ]).filter((s) => !sameClause(s));
}

/** "your take on one line in your annual letter: \"we chose NRR over new logos\"": the opinion is on a quoted line, named. */
function quotedObject(doc: Doc, span: Span): boolean {
  const sentence = doc.sentences[sentenceIndexAt(doc, span.start)];
  if (!sentence) return false;
  return /["\u201c\u2018][^"\u201d\u2019\n]{6,120}["\u201d\u2019]/.test(doc.text.slice(span.end, Math.min(sentence.end, span.end + 200)));
}

/**
 * "should we gate it, in your view?", "is that still your advice when…": "in your view" hedges a
 * question asked elsewhere, and "is that your advice" checks one advice named before. Neither is
 * the broad request for an opinion that "your thoughts?" is.
 */
function hedgeOrConfirmation(doc: Doc, start: number): boolean {
  const before = doc.lower.slice(Math.max(0, start - 24), start);
  return (
    /(?:^|[^\p{L}])(?:in|from|by)\s{1,3}$/u.test(before) ||
    /(?:^|[^\p{L}])(?:is|was|would)\s{1,3}(?:that|this|it)\s{1,3}(?:still\s{1,3}|also\s{1,3})?$/u.test(before)
  );
}

/** Fails an ask whose question or request is broad. */
export const vagueQuestion: Rule = {
  id: 'vague-question',
  description: 'Fails a first contact whose request is broad: "any advice?", "thoughts?", "how do I get better at PM?".',
  severity: 'error',
  check(doc) {
    const spans = findVagueQuestions(doc);
    if (spans.length === 0) return [];
    const suggestion = rewriteAsk(doc);
    return spans.map((span) => ({ ...span, message: messages.found(doc.text.slice(span.start, span.end).trim()), suggestion }));
  },
};
