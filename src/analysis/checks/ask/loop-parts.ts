/**
 * The parts of a report back on advice (SPEC §1.5, circle-back): the advice named, where it
 * was applied, what happened, thanks, offers to help back and new requests. Found once per
 * parsed text and shared by the circle-back rules and the escalation's `prior-context`.
 */
import { gratitudePhrases, newRequestPhrases, offerPhrases } from '../../data/ask-circle-back.js';
import { perDoc } from '../../engine/memo.js';
import { matchesIn } from '../../engine/native-regex.js';
import { standsForBlank } from '../../engine/placeholders.js';
import { tokenIndexAt } from '../../engine/positions.js';
import type { Doc, Span } from '../../engine/types.js';
import { recallsAtStart } from './advice-phrases.js';
import { findNamedAdvice } from './find-advice.js';
import { findContexts } from './find-context.js';
import { findCausalAdvice } from './find-done.js';
import { findResultPlaceholder, findResults } from './find-result.js';
import { compile, type Hit, phraseHits } from './loop-tokens.js';

/** What a circle-back holds; a part is missing when its list is empty. */
export interface LoopParts {
  /** Where the advice is named ("your streak-freeze idea"), and a placeholder ("the framework"). */
  advice: Span[];
  advicePlaceholder?: Span;
  /** Where it was applied ("our signup page"), and a placeholder ("my project"). */
  context: Span[];
  contextPlaceholder?: Span;
  /** What happened ("went from 18% to 24%"), and a placeholder ("we saw a result"). */
  results: Hit[];
  resultPlaceholder?: Span;
  gratitude: Span[];
  offers: Span[];
  /** Sentences that ask the mentor for something new. */
  requests: Span[];
}

const gratitudeRegex = compile(gratitudePhrases);
const offerRegex = compile(offerPhrases);
const requestRegex = compile(newRequestPhrases);
/** The advice recalled and what came of it: all an escalation's `prior-context` reads. */
export interface Recalled {
  advice: Span[];
  advicePlaceholder?: Span;
  results: Hit[];
  /** The advice named outright (not what was done), which is no place and no result. */
  named: Span[];
}

/** A part that is a blank of a template ("[Result]", "your [Framework]") names nothing. */
const filled = <T extends Span>(doc: Doc, spans: T[]) => spans.filter((span) => !standsForBlank(doc, span));

/** The advice and results of `doc`, computed once per parsed text. */
export const recalledParts = perDoc(function recalledParts(doc: Doc): Recalled {
  const named = findNamedAdvice(doc);
  // "moving Non-goals up, as you explained, cut review rounds from three to one": the clause credited
  // to them, with its "as you explained", is the subject of what follows.
  const credited = named.reported.filter((r) => named.attributed.some((a) => a.start === r.start && r.end > a.end));
  const results = findResults(doc, [...named.named, ...named.attributed], [...named.named, ...credited]);
  const advice = [...named.named, ...named.reported, ...findCausalAdvice(doc, results)].sort((a, b) => a.start - b.start);
  const found: Recalled = { advice: filled(doc, advice), results: filled(doc, results), named: named.named };
  if (named.placeholder) found.advicePlaceholder = named.placeholder;
  return found;
});

/** The parts of `doc`, computed once per parsed text. */
export const loopParts = perDoc(function loopParts(doc: Doc): LoopParts {
  const { advice, advicePlaceholder, results, named } = recalledParts(doc);
  const contexts = findContexts(doc, named);
  const offers = phraseHits(doc, offerRegex, { skipNegated: true });
  const parts: LoopParts = {
    advice,
    context: filled(doc, contexts.named),
    results,
    gratitude: findGratitude(doc),
    offers,
    requests: findRequests(doc, offers),
  };
  if (advicePlaceholder) parts.advicePlaceholder = advicePlaceholder;
  if (contexts.placeholder) parts.contextPlaceholder = contexts.placeholder;
  const resultPlaceholder = findResultPlaceholder(doc);
  if (resultPlaceholder) parts.resultPlaceholder = resultPlaceholder;
  return parts;
});

const TITLES = /^(?:dr|mr|mrs|ms|mx|prof|professor|dear|hi|hello|hey|sir|madam|mister|miss)$/;

/** True when the word at `start` is capitalised and follows a title or a greeting ("Dr. Asante"). */
function namedAfterTitle(doc: Doc, start: number): boolean {
  if (!/^\p{Lu}/u.test(doc.text.slice(start, start + 1))) return false;
  let i = tokenIndexAt(doc, start) - 1;
  if (doc.tokens[i]?.text === '.') i -= 1;
  return TITLES.test(doc.tokens[i]?.lower ?? '');
}

/**
 * True when `start` sits inside a quotation of its sentence ("we titled the email \"Thanks for
 * your patience\""): an odd number of straight quotes, or more opening than closing curly ones,
 * before it. The quotes are counted once per text, so each hit costs two binary searches.
 */
function insideQuotes(doc: Doc, start: number): boolean {
  const marks = quoteMarks(doc);
  const sentence = doc.sentences[doc.tokens[tokenIndexAt(doc, start)]?.sentence ?? -1];
  if (!sentence || marks.offsets.length === 0) return false;
  const from = lowerBound(marks.offsets, sentence.start);
  const to = lowerBound(marks.offsets, start);
  const between = (kind: number) => (marks.counts[kind]?.[to] ?? 0) - (marks.counts[kind]?.[from] ?? 0);
  return between(0) % 2 === 1 || between(1) > between(2);
}

/**
 * The offsets of the quotation marks of `doc`, and for each kind (0 straight, 1 opening, 2
 * closing) how many of them stand before each mark: `counts[kind][i]` marks before index `i`.
 */
const quoteMarks = perDoc(function quoteMarks(doc: Doc): { offsets: number[]; counts: number[][] } {
  const offsets: number[] = [];
  const counts: number[][] = [[0], [0], [0]];
  for (const t of doc.tokens) {
    const kind = t.kind !== 'punct' ? -1 : t.text === '"' ? 0 : t.text === '\u201c' ? 1 : t.text === '\u201d' ? 2 : -1;
    if (kind < 0) continue;
    offsets.push(t.start);
    counts.forEach((list, k) => {
      list.push((list.at(-1) ?? 0) + (k === kind ? 1 : 0));
    });
  }
  return { offsets, counts };
});

/** The index of the first offset at or after `offset` in a sorted list. */
function lowerBound(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Thanks drawn out in chat ("thank youuuu", "thanksss"), which no phrase list can spell out. */
const DRAWN_OUT_THANKS = /(?<![\p{L}])(?:thank\s{1,3}(?:yo{2,}u+|you{2,}|u{2,})|thanks{2,}|thanx{2,}|thx{2,})(?![\p{L}])/gu;

/** Thanks, not negated ("no thanks"), not conditional ("I'd be grateful if…") and not a cause ("thanks to your idea"). */
function findGratitude(doc: Doc): Span[] {
  const drawnOut = /th(?:ank|x)/.test(doc.lower)
    ? matchesIn(doc, DRAWN_OUT_THANKS, doc.lower).map((m) => ({ start: m.index, end: m.index + m[0].length }))
    : [];
  return [
    ...drawnOut,
    ...phraseHits(doc, gratitudeRegex, { skipNegated: true }).filter((h) => {
      // "Dr. Asante," "Hi Merci": a word of thanks in another language, capitalised after a title or greeting, is a name.
      if (namedAfterTitle(doc, h.start) || insideQuotes(doc, h.start)) return false;
      const after = doc.lower.slice(h.end, h.end + 12);
      const before = doc.lower.slice(Math.max(0, h.start - 24), h.start);
      return !/^ to (?!you\b)/.test(after) && !/(?:would|could|'d|\bid)\s+(?:\S+\s+){0,2}$/.test(before);
    }),
  ];
}

/** Sentences that ask for something: questions and request phrases, unless they offer help. */
function findRequests(doc: Doc, offers: readonly Hit[]): Span[] {
  const asking = new Set(phraseHits(doc, requestRegex).map((h) => h.sentence));
  const offering = new Set(offers.map((h) => h.sentence));
  const found: Span[] = [];
  doc.sentences.forEach((s, i) => {
    const hasWords = doc.tokens.slice(s.firstToken, Math.min(s.endToken, s.firstToken + 8)).some((t) => t.kind !== 'punct');
    // "ok so remember you told me to write the kill criterion down?" recalls the advice; it asks for nothing.
    const recalling = s.question && !asking.has(i) && recallsAtStart(doc, s);
    if ((s.question || asking.has(i)) && !offering.has(i) && hasWords && !recalling) found.push({ start: s.start, end: s.end });
  });
  return found;
}
