/**
 * Shared reading of an ask: which sentences ask for something, whether a phrase is negated,
 * and small builders for the bounded, linear regexes the rules match on `Doc.lower`.
 */
import {
  clauseBreaks,
  imperativeLeadIns,
  imperativeStarters,
  letMeKnow,
  negationHedges,
  negators,
  offerOpeners,
  offerVerbs,
  requestCues,
  senderWords,
} from '../../data/ask.js';
import { findAll, startingWith } from '../../engine/match.js';
import { memo } from '../../engine/memo.js';
import { nativeFor } from '../../engine/native-regex.js';
import { ANY_WORD, phraseAlternation, phraseRegex, type Spellings, wordBounded } from '../../engine/phrase-regex.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Sentence, Span, Token } from '../../engine/types.js';
import { unmarkedQuestion } from './unmarked-question.js';

/** Chat spellings of "you" and "your" ("how did u get into…", "ur talk"), for every phrase list of the ask check. */
export const SPELLED: Spellings = { you: ['you', 'u', 'ya'], your: ['your', 'ur', 'yr', "you'r"] };

/**
 * An alternation of phrases for a larger regex (see `phraseAlternation`): `*` stands for
 * exactly one word, and "you"/"your" also match "u"/"ur".
 */
export function alt(phrases: readonly string[]): string {
  return phraseAlternation(phrases, SPELLED);
}

/** The end of a word in a regex: no letter or digit follows. */
export const END = '(?![\\p{L}\\p{N}])';

/** Zero to `max` whole words, each followed by spaces: a bounded gap inside a clause. */
export function gap(max: number): string {
  return `(?:${ANY_WORD}\\s{1,3}){0,${max}}`;
}

/** A global regex for `body`, matched only on word boundaries. */
export function wordRegex(body: string): RegExp {
  return new RegExp(wordBounded(body), 'gu');
}

/**
 * Declares the phrases a match of `regex` can start with (see `startingWith`): the regex is
 * then tried only where the first word of one of them stands in the text.
 */
export function gated(regex: RegExp, leads: readonly string[]): RegExp {
  return startingWith(
    regex,
    leads.flatMap((phrase) => {
      const first = phrase.trim().split(/\s+/)[0] ?? '';
      return SPELLED[first] ?? [first];
    }),
  );
}

/** A global regex matching any of `phrases` on word boundaries, gated by their first words. */
export function phrasesRegex(phrases: readonly string[]): RegExp {
  return phraseRegex(phrases, SPELLED);
}

/** Index of the sentence holding `offset` (the last sentence past the end). */
export function sentenceIndexAt(doc: Doc, offset: number): number {
  const index = tokenIndexAt(doc, offset);
  if (index < 0) return Math.max(0, doc.sentences.length - 1);
  return (doc.tokens[index] as Token).sentence;
}

const cuePattern = phrasesRegex(requestCues);
/** "I'd love to know…", "would love a call" — but not an offer ("I'd love to tell you about my work"). */
const lovePattern = gated(
  wordRegex(
    `(?:i'd|i\\s{1,3}would|id|would)\\s{1,3}(?:(?:really|so|truly|also|just|dearly|very\\s{1,3}much|absolutely|genuinely)\\s{1,3})?love(?!\\s{1,3}(?:to\\s{1,3})?(?:${alt(offerVerbs)})(?![\\p{L}\\p{N}]))`,
  ),
  ["i'd", 'i', 'id', 'would'],
);
/** "I'd really like to know…", "I would very much like to hear…": a wish with an adverb before it. */
const likePattern = gated(
  wordRegex(
    `(?:i'd|i\\s{1,3}would|id)\\s{1,3}(?:really|also|just|truly|so|very\\s{1,3}much|still|genuinely|especially)\\s{1,3}(?:like|want|appreciate|value|welcome)(?!\\s{1,3}(?:to\\s{1,3})?(?:${alt(offerVerbs)})(?![\\p{L}\\p{N}]))`,
  ),
  ["i'd", 'i', 'id'],
);
/** "Let me know which…", but not "let me know if I can help". */
const letMeKnowPattern = gated(
  wordRegex(`(?:${alt(letMeKnow)})(?!\\s{1,3}if\\s{1,3}(?:${alt(offerOpeners)})(?![\\p{L}\\p{N}]))`),
  letMeKnow,
);
const imperatives = new Set(imperativeStarters);
const leadIns = new Set(imperativeLeadIns);
const MAX_LEAD_INS = 3;

/** True when sentence `s` opens with an imperative, after at most three lead-in words ("Also, please send…"). */
function opensWithImperative(doc: Doc, s: Sentence): boolean {
  for (let i = s.firstToken, leads = 0; i < s.endToken; i++) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct') continue;
    if (imperatives.has(t.lower)) return true;
    if (!leadIns.has(t.lower) || ++leads > MAX_LEAD_INS) return false;
  }
  return false;
}

/**
 * For each sentence, whether it asks for something: it ends with a question mark, holds a
 * request phrase ("I'd love to know", "could you", "any advice"), or opens with an imperative.
 */
export function requestSentences(doc: Doc): boolean[] {
  return memo(doc, 'requests', () => findRequestSentences(doc));
}

/**
 * "I am keen to learn more about the field": an interest stated, with nothing asked of them —
 * unless their part follows ("…more about how you priced it", "…about your rollout").
 */
const LEARN_CUE = /^(?:keen|eager|interested) to learn$/;
const INTEREST_ONLY =
  /^\s{1,3}more\s{1,3}about\s{1,3}(?:(?:the|this|that|a|an)\s{1,3})?(?!(?:how|what|which|why|whether|when|where|who|your|you|ur)(?![\p{L}]))\p{L}[^.!?\n]{0,80}/u;

function statesInterestOnly(doc: Doc, span: Span): boolean {
  if (!LEARN_CUE.test(doc.lower.slice(span.start, span.end))) return false;
  const rest = INTEREST_ONLY.exec(doc.lower.slice(span.end, span.end + 120))?.[0];
  // What they would learn about ends at the next clause ("… the field and to meet leaders like you").
  const topic = rest?.split(/[,;]|\s(?:and|to|so|because|as|but)\s/)[0];
  return topic !== undefined && !/(?<![\p{L}])(?:you|your|ur|u|from)(?![\p{L}])/u.test(topic);
}

/** "My ask: [one specific question]": a label whose line is a blank to fill asks nothing yet. */
function blankAfterLabel(doc: Doc, span: Span): boolean {
  return doc.lower[span.end - 1] === ':' && /^[ \t]*[[<{]/.test(doc.lower.slice(span.end, span.end + 8));
}

function findRequestSentences(doc: Doc): boolean[] {
  const flags = doc.sentences.map((s) => s.question);
  for (const span of [
    ...findAll(doc, cuePattern).filter((s) => !statesInterestOnly(doc, s) && !blankAfterLabel(doc, s)),
    ...findAll(doc, lovePattern),
    ...findAll(doc, likePattern),
    ...findAll(doc, letMeKnowPattern),
  ]) {
    flags[sentenceIndexAt(doc, span.start)] = true;
  }
  doc.sentences.forEach((s, i) => {
    if (!flags[i] && (opensWithImperative(doc, s) || unmarkedQuestion(doc, s))) flags[i] = true;
  });
  return flags;
}

const negatorPattern = new RegExp(
  `(?<![\\p{L}\\p{N}'])(?<!why\\s{1,3})(?:${alt(negators)}|\\p{L}{1,20}n't)(?![\\p{L}\\p{N}])(?!\\s{1,3}(?:${alt(negationHedges)})(?![\\p{L}\\p{N}]))`,
  'u',
);
const breaks = new Set(clauseBreaks);

/**
 * True when the clause before `start` negates it: "no need for a call or a meeting", "I'm not
 * looking for a mentor", "instead of a review". Looks back at most `window` words in the same
 * sentence and stops at a comma, dash, colon or a clause word ("but"). Hedges such as "not
 * sure" do not negate.
 */
export function isDenied(doc: Doc, start: number, window = 8): boolean {
  const index = tokenIndexAt(doc, start);
  if (index < 0) return false;
  const sentence = (doc.tokens[index] as Token).sentence;
  let from = start;
  for (let i = index - 1, seen = 0; i >= 0 && seen < window; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence || token.end > start) break;
    if (token.kind === 'punct') {
      if (/[,;:.!?()-]/.test(token.lower)) break;
      continue;
    }
    if (breaks.has(token.lower)) break;
    seen += 1;
    from = token.start;
  }
  return from < start && nativeFor(negatorPattern, doc).test(doc.lower.slice(from, start));
}

/** Question words that make "… you <verb>" a question about their practice, not a request. */
const practiceOpeners = new Set([
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'when',
  'how',
  'if',
  'whether',
  'where',
  'why',
  'often',
  'what',
  'which',
]);
const adverbs = new Set(['usually', 'still', 'always', 'ever', 'often', 'typically', 'normally', 'generally', 'first', 'also']);

/**
 * True when the words before `start` read "do you …", "did you …", "when you …": the phrase
 * describes what they do, not something asked of them ("Do you review them monthly?").
 */
export function aboutTheirPractice(doc: Doc, start: number): boolean {
  let i = tokenIndexAt(doc, start) - 1;
  while (i >= 0 && adverbs.has((doc.tokens[i] as Token).lower)) i -= 1;
  if (i < 1 || (doc.tokens[i] as Token).lower !== 'you') return false;
  return practiceOpeners.has((doc.tokens[i - 1] as Token).lower);
}

/**
 * True when `start` sits in a clause about what they do: within four words before it stands
 * "you" after a question word ("whether you run a weekly meeting", "do you offer monthly…").
 */
export function inTheirPractice(doc: Doc, start: number): boolean {
  const index = tokenIndexAt(doc, start);
  for (let i = index - 1, seen = 0; i >= 1 && seen < 4; i--) {
    const t = doc.tokens[i] as Token;
    if (t.kind === 'punct') return false;
    seen += 1;
    if (t.lower === 'you' && practiceOpeners.has((doc.tokens[i - 1] as Token).lower)) return true;
  }
  return false;
}

/** Keeps the first span of each sentence, in text order: one finding per sentence and rule. */
export function onePerSentence(doc: Doc, spans: readonly Span[]): Span[] {
  const seen = new Set<number>();
  const kept: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceIndexAt(doc, span.start);
    if (seen.has(sentence)) continue;
    seen.add(sentence);
    kept.push(span);
  }
  return kept;
}

/** The matches of `regex` that sit in a request sentence and are not negated. */
export function requestedMatches(doc: Doc, regex: RegExp, requests: readonly boolean[]): Span[] {
  return findAll(doc, regex, (offset) => requests[sentenceIndexAt(doc, offset)] === true).filter((s) => !isDenied(doc, s.start));
}

const FIRST_PERSON = new Set(senderWords);

/** For each sentence, whether it speaks of the sender ("I", "me", "we", "let's"). */
export function senderSentences(doc: Doc): boolean[] {
  return memo(doc, 'sender', () => findSenderSentences(doc));
}

function findSenderSentences(doc: Doc): boolean[] {
  const flags = doc.sentences.map(() => false);
  for (const t of doc.tokens) if (FIRST_PERSON.has(t.lower)) flags[t.sentence] = true;
  return flags;
}
