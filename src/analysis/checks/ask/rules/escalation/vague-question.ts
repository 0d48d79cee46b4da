import {
  broadPhrases,
  concreteWords,
  conflictAdverbs,
  conflictAgents,
  conflictVerbs,
  difficultyNouns,
  difficultyOpeners,
  directionVerbs,
  effortPhrases,
  effortResultWords,
  emergingVerbs,
  generalScopePhrases,
  harmVerbs,
  intentionPhrases,
  notAgents,
  opinionPhrases,
  overallClosers,
  pastMarkers,
  purposePhrases,
  resolvedWords,
  specificProblemPhrases,
  stuckWords,
} from '../../../../data/ask-escalation.js';
import { firstTokenAtOrAfter, tokenIndexAt, wholeText } from '../../../../engine/positions.js';
import type { Doc, Rule, Token } from '../../../../engine/types.js';
import type { AskContext } from '../../ask-context.js';
import { askKind } from '../../ask-kind.js';
import { askingSentences } from '../../asking-sentences.js';
import { compile, type Hit, isWord, phraseHits, sentenceTokens, wordSet } from '../../loop-tokens.js';
import { clauseAround, recallsAdvice } from '../../recalls-advice.js';
import { alt, gap, gated, wordRegex } from '../../request-language.js';
import { detailedQuestion, weighsOptions } from '../../weighs-options.js';

const broadRegex = compile(broadPhrases);
/** Broad phrases that ask for a general discussion, not merely for their opinion on the problem at hand. */
const strongBroadRegex = compile(broadPhrases.filter((p) => !opinionPhrases.includes(p)));
const specificRegex = compile(specificProblemPhrases);

/** A difficulty introduced as the one at hand: "the next headache", "new wrinkle:", "the snag now", "the blocker is …". */
const difficultyRegex = compile([
  ...difficultyOpeners.flatMap((o) => difficultyNouns.map((n) => `${o} ${n}`)),
  // "One knot I can't untie:", "one snag:": one difficulty singled out (not "one question").
  ...difficultyNouns.filter((n) => !/^questions?$/.test(n)).map((n) => `one ${n}`),
  // "the/my/our <difficulty> is": led by the noun, so the regex is not tried at every "the" (the owner is checked after).
  ...difficultyNouns.map((n) => `${n} is`),
  ...difficultyNouns.map((n) => `${n} now`),
  // "Quick question:" opens any request; only a difficulty proper is introduced by a colon.
  ...difficultyNouns.filter((n) => !/^questions?$/.test(n)).map((n) => `${n}:`),
]);
/** "a subtler issue has now emerged", "one snag came up": a difficulty said to have appeared. */
const emergedRegex = gated(
  wordRegex(`(?:${alt(difficultyNouns)})\\s{1,3}(?:(?:has|have)\\s{1,3})?(?:(?:now|just|since|also)\\s{1,3})?(?:${alt(emergingVerbs)})`),
  difficultyNouns,
);
/** "we see day-8 gating hurting team plans": one thing harming another. */
const harmRegex = gated(wordRegex(`(?:${alt(harmVerbs)})`), harmVerbs);
const stuckRegex = compile(stuckWords);
const RESOLVED = wordSet(resolvedWords);
const effortRegex = compile(effortPhrases);
const EFFORT_RESULT = wordSet(effortResultWords);
const PAST = wordSet(pastMarkers);
/** "sales wants …", "our biggest partner now insists on …": someone pushes for something. */
const conflictRegex = gated(
  wordRegex(`(?:${alt(conflictAgents)})(?:[\\s,]{1,3}(?:${alt(conflictAdverbs)})){0,2}[\\s,]{1,3}(?:${alt(conflictVerbs)})`),
  conflictAgents,
);
/** "now pharmacy wants …", "now customers see the range too and complain …": a new demand from a party the lists do not name. */
const newDemandRegex = gated(wordRegex(`now\\s{1,3}${gap(6)}(?:${alt(conflictVerbs)})`), ['now']);
const NOT_AGENTS = wordSet(notAgents);
/** First words of the conflict verbs, where the subject before them ends. */
const CONFLICT_VERB_START: ReadonlySet<string> = new Set(conflictVerbs.map((v) => v.split(' ')[0] ?? v));
const intentionRegex = compile(intentionPhrases);
const purposeRegex = compile(purposePhrases);
const scopeRegex = compile(generalScopePhrases);
const overallRegex = compile(['overall']);
const CLOSERS = wordSet(overallClosers);
/** "where our growth roadmap is heading": a direction with no problem in it. */
const directionRegex = gated(wordRegex(`(?<!see\\s{1,3})where\\s{1,3}${gap(5)}(?:${alt(directionVerbs)})`), ['where']);

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
    const asking = askingSentences(doc);
    // "thank you for your advice about re-slotting" recalls the advice; a broad phrase asks only where the sentence asks or recalls nothing.
    const broadHits = phraseHits(doc, broadRegex, { skipNegated: true }).filter(
      (h) => !namedAsCause(doc, h.start) && (asking.has(h.sentence) || !recallsAdvice(sentenceTokens(doc, h.sentence))),
    );
    const stated = statesProblem(doc, asking, broadHits);
    // A general scope in the request voids a stated problem; read only when it can change the verdict or names the finding.
    const scope = stated || broadHits.length === 0 ? generalScope(doc, asking) : undefined;
    if (stated && !scope) return [];
    const broad = scope ?? broadHits[0];
    if (broad) return [{ ...broad, message: messages.broad(doc.text.slice(broad.start, broad.end), aNoun) }];
    if (detailedQuestion(doc, asking)) return [];
    return [{ ...wholeText(doc), message: messages.missing(noun, backstage) }];
  },
};

/** "Thanks to your advice, …", "following your advice": the earlier advice named as a cause, not asked for. */
function namedAsCause(doc: Doc, start: number): boolean {
  return /(?:thanks to|thank you for|thanks for|following|after|because of|owing to|with)\s+$/.test(
    doc.lower.slice(Math.max(0, start - 18), start),
  );
}

/** "0.62 vs 0.31": a comparison of two numbers reports a result; it poses no choice. */
function comparesNumbers(doc: Doc, hit: { start: number; end: number }): boolean {
  if (!/^(?:vs|versus)$/.test(doc.lower.slice(hit.start, hit.end))) return false;
  return (
    /\d\S{0,3}\s*$/.test(doc.lower.slice(Math.max(0, hit.start - 10), hit.start)) && /^\.?\s*\d/.test(doc.lower.slice(hit.end, hit.end + 6))
  );
}

/** A request for a general scope ("where our roadmap is heading overall", "what's next", "as a whole"), in a sentence that asks. */
function generalScope(doc: Doc, asking: Set<number>): Hit | undefined {
  const overall = phraseHits(doc, overallRegex).filter((h) => closesClause(doc, h.end));
  return [...phraseHits(doc, scopeRegex, { skipNegated: true }), ...phraseHits(doc, directionRegex), ...overall]
    .filter((h) => asking.has(h.sentence))
    .sort((a, b) => a.start - b.start)[0];
}

/** True when the word at `end` ends its clause: punctuation, the end of the text, or a joining word ("… overall, and …"). */
function closesClause(doc: Doc, end: number): boolean {
  const next = doc.tokens[firstTokenAtOrAfter(doc, end)];
  return next === undefined || !isWord(next) || CLOSERS.has(next.lower);
}

/**
 * A sentence that states a concrete situation with a tension: a difficulty introduced as new
 * or next, an effort on something concrete, someone pushing for something, an intention
 * crossed by "but", an either-or question, or what watching them should teach. The sentence
 * that recalls their advice, and one that asks for a general discussion, state none.
 */
function statesProblem(doc: Doc, asking: Set<number>, broad: readonly Hit[]): boolean {
  let general: Set<number> | undefined;
  const recall = new Map<number, boolean>();
  const clauseRecall = new Map<number, boolean>();
  const clauseBreaks = new Map<Token[], number[]>();
  // "the idea you shared cut churn by a third, the weird part is people now hoard freezes": in a sentence
  // that recalls their advice, a later clause that does not can still state the problem.
  const eligible = (sentence: number, at?: number) => {
    general ??= new Set(phraseHits(doc, strongBroadRegex, { skipNegated: true }).map((h) => h.sentence));
    if (general.has(sentence)) return false;
    let recalls = recall.get(sentence);
    if (recalls === undefined) {
      recalls = recallsAdvice(sentenceTokens(doc, sentence));
      recall.set(sentence, recalls);
    }
    if (!recalls || at === undefined) return !recalls;
    const tokens = sentenceTokens(doc, sentence);
    const [from, to] = clauseAround(tokens, at, clauseBreaks);
    const key = sentence * 1_000_000 + from;
    let clauseRecalls = clauseRecall.get(key);
    if (clauseRecalls === undefined) {
      clauseRecalls = recallsAdvice(tokens.slice(from, to));
      clauseRecall.set(key, clauseRecalls);
    }
    return !clauseRecalls;
  };
  const opinion = (sentence: number) => broad.some((h) => h.sentence === sentence);
  const found = (regex: RegExp, keep: (h: Hit) => boolean) =>
    phraseHits(doc, regex, { skipNegated: true }).some((h) => eligible(h.sentence, h.start) && keep(h));
  return (
    found(difficultyRegex, (h) => !resolvedAfter(doc, h) && (!/ is$/.test(doc.lower.slice(h.start, h.end)) || ownedDifficulty(doc, h))) ||
    found(
      effortRegex,
      (h) => !pastBefore(doc, h.start) && !EFFORT_RESULT.has(nextWord(doc, h.end)) && wordsAfter(doc, h) >= concreteWords,
    ) ||
    found(conflictRegex, (h) => wordsAfter(doc, h) >= 2) ||
    found(emergedRegex, () => true) ||
    found(harmRegex, (h) => wordsAfter(doc, h) >= 2) ||
    found(stuckRegex, () => true) ||
    found(newDemandRegex, (h) => hasAgent(doc, h) && wordsAfter(doc, h) >= 2) ||
    found(purposeRegex, (h) => !opinion(h.sentence) && previousWord(doc, h.start) === 'to' && wordsAfter(doc, h) >= concreteWords) ||
    found(intentionRegex, (h) => !asking.has(h.sentence) && crossedByBut(doc, h)) ||
    doc.sentences.some((s, i) => s.question && hasOr(doc, s) && !opinion(i) && eligible(i) && weighsOptions(doc, i))
  );
}

/** The words between "now" and the verb name another party, not the writer or the mentor ("now pharmacy wants", not "now I want"). */
function hasAgent(doc: Doc, hit: Hit): boolean {
  const words = sentenceTokens(doc, hit.sentence).filter((t) => isWord(t) && t.start > hit.start && t.end <= hit.end);
  const subject = words.slice(
    0,
    Math.max(
      0,
      words.findIndex((w) => CONFLICT_VERB_START.has(w.lower)),
    ),
  );
  return subject.length > 0 && !subject.some((w) => NOT_AGENTS.has(w.lower));
}

/** A quick test for the word "or" in a sentence before its words are read. */
function hasOr(doc: Doc, s: { start: number; end: number }): boolean {
  const at = doc.lower.indexOf('or', s.start);
  return at >= 0 && at < s.end;
}

/**
 * "the/my/our <difficulty> is …": the word before the difficulty owns it ("a question is" states
 * nothing); in chat the article drops and the difficulty opens its sentence ("problem is the push
 * for speed is creating low-quality replies").
 */
function ownedDifficulty(doc: Doc, hit: Hit): boolean {
  const at = tokenIndexAt(doc, hit.start);
  const before = doc.tokens[at - 1];
  return /^(?:the|my|our)$/.test(before?.lower ?? '') || before === undefined || before.sentence !== doc.tokens[at]?.sentence;
}

/** "the bottleneck is gone": the difficulty is named only as solved. */
function resolvedAfter(doc: Doc, hit: Hit): boolean {
  return /\bis$/.test(doc.lower.slice(hit.start, hit.end)) && RESOLVED.has(nextWord(doc, hit.end));
}

/** "we were trying to …": the effort is recalled, not faced now (a past word among the two words before it). */
function pastBefore(doc: Doc, start: number): boolean {
  const index = tokenIndexAt(doc, start);
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1; i >= 0 && i >= index - 2; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence || !isWord(token)) return false;
    if (PAST.has(token.lower)) return true;
  }
  return false;
}

/** The word right after `end` in the same sentence, lower-cased; '' at punctuation or the end. */
function nextWord(doc: Doc, end: number): string {
  const index = firstTokenAtOrAfter(doc, end);
  const token = doc.tokens[index];
  const before = doc.tokens[index - 1];
  return isWord(token) && (before === undefined || before.sentence === token.sentence) ? token.lower : '';
}

/** The word right before `start` in the same sentence, lower-cased; '' at punctuation or the start. */
function previousWord(doc: Doc, start: number): string {
  const index = tokenIndexAt(doc, start);
  const token = doc.tokens[index - 1];
  return isWord(token) && token.sentence === doc.tokens[index]?.sentence ? token.lower : '';
}

/** Words after `hit` in its sentence, counted up to `concreteWords`. */
function wordsAfter(doc: Doc, hit: Hit): number {
  let count = 0;
  for (let i = firstTokenAtOrAfter(doc, hit.end); i < doc.tokens.length && count < concreteWords; i++) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== hit.sentence) break;
    if (isWord(token)) count += 1;
  }
  return count;
}

/** "we need to cut onboarding to a week, but security review alone takes ten days": an intention crossed by a fact. */
function crossedByBut(doc: Doc, hit: Hit): boolean {
  const words = sentenceTokens(doc, hit.sentence).filter((t) => isWord(t) && t.start >= hit.end);
  const but = words.findIndex((w) => w.lower === 'but');
  return but >= 2 && words.length - but - 1 >= 3;
}
