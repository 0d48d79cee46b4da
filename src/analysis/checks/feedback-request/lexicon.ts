import { memo, perDoc } from '../../engine/memo.js';
import { phraseAlternation, wordBounded } from '../../engine/phrase-regex.js';
import type { Doc, Span } from '../../engine/types.js';

/** Contractions and the words they stand for, so "that's not" also matches "that is not", "thats not". */
const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bcan't\b/g, 'cannot'],
  [/\bwon't\b/g, 'will not'],
  [/\b(\w+)n't\b/g, '$1 not'],
  [/\bi'm\b/g, 'i am'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(that|it|there|what|he|she)'s\b/g, '$1 is'],
  [/\b(i|you|we|they)'ll\b/g, '$1 will'],
  [/\b(i|you|we|they)'ve\b/g, '$1 have'],
  [/\b(i|you|we|they)'d\b/g, '$1 would'],
];

/** The engine's tokens: words joined by inner apostrophes, hyphens, periods or slashes, or one mark. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['.\-/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/**
 * A phrase list with the spellings people type: each contraction also written out ("don't" →
 * "do not") and without its apostrophe ("dont"). British and American spellings are listed
 * in the data themselves.
 */
export function withVariants(phrases: readonly string[]): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    out.add(phrase);
    if (!phrase.includes("'")) continue;
    let expanded = phrase;
    for (const [pattern, replacement] of EXPANSIONS) expanded = expanded.replace(pattern, replacement);
    out.add(expanded);
    out.add(phrase.replace(/'/g, ''));
  }
  return [...out];
}

/**
 * A compiled phrase list: small sticky regexes keyed by the first word (one-word phrases) or the
 * first two words, tried only where a word starts, so matching costs a few map look-ups per
 * word however long the list is.
 */
export interface Lexicon {
  byFirstWord: Map<string, RegExp>;
  byFirstTwo: Map<string, RegExp>;
}

/** Compiles a phrase list (with its variants) into a `Lexicon`. */
export function lexicon(phrases: readonly string[]): Lexicon {
  const singles = new Map<string, string[]>();
  const pairs = new Map<string, string[]>();
  for (const phrase of withVariants(phrases)) {
    const tokens = phrase.match(TOKEN) ?? [];
    const [first, second] = tokens;
    if (!first) continue;
    const paired = second !== undefined && /^[\p{L}\p{N}]/u.test(second) && phrase.startsWith(`${first} ${second}`);
    const [map, key] = paired ? [pairs, `${first} ${second}`] : [singles, first];
    map.set(key, [...(map.get(key) ?? []), phrase]);
  }
  const compile = (groups: Map<string, string[]>) =>
    new Map([...groups].map(([key, group]) => [key, new RegExp(wordBounded(phraseAlternation(group)), 'uy')] as const));
  return { byFirstWord: compile(singles), byFirstTwo: compile(pairs) };
}

/** Words as the scan sees them: where each starts, its folded text and the part before an inner mark. */
interface Start {
  start: number;
  lower: string;
  /** "tuesday" of "tuesday's", "stand" of "stand-ups"; undefined when the word has no inner mark. */
  head: string | undefined;
  /** This word and the next, the key of two-word phrases. */
  pair: string | undefined;
}

const INNER_MARK = /['\-/.]/;
/** The word starts of a parsed text, computed once per text. */
const wordStarts = perDoc((doc: Doc): Start[] => withPairs(doc.words.map((w) => startOf(w.start, w.lower))));

function startOf(start: number, lower: string): Start {
  const cut = lower.search(INNER_MARK);
  return { start, lower, head: cut > 0 ? lower.slice(0, cut) : undefined, pair: undefined };
}

function withPairs(starts: Start[]): Start[] {
  for (let i = 0; i + 1 < starts.length; i++) (starts[i] as Start).pair = `${(starts[i] as Start).lower} ${(starts[i + 1] as Start).lower}`;
  return starts;
}

/** The end of the match of a sticky `re` at `start`, or -1. */
function attempt(re: RegExp | undefined, text: string, start: number): number {
  if (!re) return -1;
  re.lastIndex = start;
  const m = re.exec(text);
  return m ? start + m[0].length : -1;
}

/** Matches of a lexicon in `text`, tried at each word start; non-overlapping, leftmost first. */
function scan(text: string, starts: readonly Start[], lex: Lexicon): Span[] {
  const spans: Span[] = [];
  let until = -1;
  for (const { start, lower, head, pair } of starts) {
    if (start < until) continue;
    let end = attempt(lex.byFirstWord.get(lower), text, start);
    if (head !== undefined) end = Math.max(end, attempt(lex.byFirstWord.get(head), text, start));
    if (pair !== undefined) end = Math.max(end, attempt(lex.byFirstTwo.get(pair), text, start));
    if (end > start) {
      spans.push({ start, end });
      until = end;
    }
  }
  return spans;
}

/** Every match of a lexicon in the text, as spans of the original text. Linear in the words. */
export function find(doc: Doc, lex: Lexicon): Span[] {
  return scan(doc.lower, wordStarts(doc), lex);
}

/** Every match of a sticky-able regex tried at each word start (for patterns that begin with a word). */
export function findAt(doc: Doc, regex: RegExp): Span[] {
  const sticky = new RegExp(regex.source, 'uy');
  const spans: Span[] = [];
  let until = -1;
  for (const word of doc.words) {
    if (word.start < until) continue;
    sticky.lastIndex = word.start;
    const m = sticky.exec(doc.lower);
    if (m && m[0].length > 0) {
      spans.push({ start: word.start, end: word.start + m[0].length });
      until = word.start + m[0].length;
    }
  }
  return spans;
}

/**
 * Every match of a lexicon in the text and, when the text holds any of the `filler` words
 * ("honestly", "really"), also in the text with those words left out, so "I honestly don't
 * remember" matches "i don't remember". Offsets are those of the original text. Linear.
 */
export function findLoose(doc: Doc, lex: Lexicon, filler: ReadonlySet<string>): Span[] {
  const spans = find(doc, lex);
  const squeezed = memo(doc, filler, () => squeeze(doc, filler) ?? null);
  if (!squeezed) return spans;
  const seen = new Set(spans.map((s) => s.start));
  for (const m of scan(squeezed.text, squeezed.starts, lex)) {
    const start = squeezed.origin(m.start);
    if (!seen.has(start)) spans.push({ start, end: squeezed.origin(m.end - 1) + 1 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A text with some words left out, its word starts, and the map back to the original offsets. */
interface Squeezed {
  text: string;
  starts: Start[];
  origin: (i: number) => number;
}

/** The folded text without the `filler` words (and the space after each), its word starts, and a map back. */
function squeeze(doc: Doc, filler: ReadonlySet<string>): Squeezed | undefined {
  const pieces: string[] = [];
  const segments: Array<[number, number]> = [];
  const starts: Start[] = [];
  let length = 0;
  let cursor = 0;
  for (const t of doc.words) {
    if (!filler.has(t.lower) || t.start < cursor) {
      if (t.start >= cursor) starts.push(startOf(length + (t.start - cursor), t.lower));
      continue;
    }
    segments.push([length, cursor]);
    pieces.push(doc.lower.slice(cursor, t.start));
    length += t.start - cursor;
    cursor = t.end;
    while (doc.lower[cursor] === ' ') cursor += 1;
  }
  if (segments.length === 0) return undefined;
  segments.push([length, cursor]);
  pieces.push(doc.lower.slice(cursor));
  const origin = (i: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((segments[mid] as [number, number])[0] <= i) lo = mid;
      else hi = mid - 1;
    }
    const [at, from] = segments[lo] as [number, number];
    return from + (i - at);
  };
  return { text: pieces.join(''), starts: withPairs(starts), origin };
}

/** The set of single words of a list (multi-word entries are split). */
export function wordSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.flatMap((p) => p.split(' ')));
}
