import { clauseOpeners, contrastWords, negationWords } from '../data/language.js';
import { perDoc } from './memo.js';
import { nativeFor } from './native-regex.js';
import type { Doc, Token } from './types.js';

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/** One word of a phrase written `*`: letters, digits, apostrophes, quotes, backticks and hyphens, at most 30. */
export const ANY_WORD = '[\\p{L}\\p{N}\'"`-]{1,30}';
/** What joins the words of a phrase: one to three spaces or commas. */
const WORD_GAP = '[\\s,]{1,3}';

/** Other spellings a phrase word also matches ("you" → "u", "ya"), the word itself included. */
export type Spellings = Readonly<Record<string, readonly string[]>>;

/**
 * The source of an alternation of phrases, for use inside a larger regex. Phrases are plain
 * text, words joined by one to three spaces or commas; `*` stands for exactly one word (`pick
 * * brain` matches "pick your brain"); a word of `spellings` also matches its other spellings.
 * The phrases form a tree of words, so phrases that share a beginning share its test instead
 * of each retrying it, and a longer phrase wins over its own beginning.
 */
export function phraseAlternation(phrases: readonly string[], spellings: Spellings = {}): string {
  return alternatives(phraseTree(phrases, spellings));
}

/**
 * A global regex matching any of `phrases` (see `phraseAlternation`) on word boundaries of
 * `Doc.lower`, declared to start at their first words, so `findAll` only tries it there.
 */
export function phraseRegex(phrases: readonly string[], spellings: Spellings = {}): RegExp {
  const firstWords = phrases.flatMap((phrase) => {
    const first = phrase.trim().split(/\s+/)[0] ?? '';
    return first === '' ? [] : (spellings[first] ?? [first]);
  });
  return startingWith(new RegExp(wordBounded(phraseAlternation(phrases, spellings)), 'gu'), firstWords);
}

/** `body` as a regex source that matches only on word boundaries (no letter or digit on either side). */
export function wordBounded(body: string): string {
  return `(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`;
}

/** Phrases as a tree of words: each word's regex piece, whether a phrase ends there, and what follows. */
type TrieNode = Map<string, { end: boolean; next: TrieNode }>;

function phraseTree(phrases: readonly string[], spellings: Spellings): TrieNode {
  const root: TrieNode = new Map();
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    let node = root;
    words.forEach((w, i) => {
      const spelled = spellings[w];
      const piece = w === '*' ? ANY_WORD : spelled ? `(?:${spelled.map(escapeRegex).join('|')})` : escapeRegex(w);
      let entry = node.get(piece);
      if (!entry) {
        entry = { end: false, next: new Map() };
        node.set(piece, entry);
      }
      if (i === words.length - 1) entry.end = true;
      node = entry.next;
    });
  }
  return root;
}

function alternatives(node: TrieNode): string {
  // Longer words first, and a longer phrase is preferred through the greedy optional tail.
  return [...node.entries()]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([piece, { end, next }]) => {
      if (next.size === 0) return piece;
      const tail = `${WORD_GAP}(?:${alternatives(next)})`;
      return end ? `${piece}(?:${tail})?` : `${piece}${tail}`;
    })
    .join('|');
}

/** A word as the tokeniser cuts it: letters or digits joined by an apostrophe, period, hyphen or slash. */
const LEAD = /^[\p{L}\p{N}]+(?:['.\-/][\p{L}\p{N}]+)*/u;

/** A regex whose matches all start at one of a set of words. */
interface Gated {
  regex: RegExp;
  leads: ReadonlySet<string>;
  /** The same pattern, anchored at `lastIndex`; made on first use. */
  sticky?: RegExp;
  /** Whether a search has used it yet: only those are looked up when a text is indexed. */
  active: boolean;
}

/** Every gated regex by id; and, for the ones in use, the ids each word can start. */
const gatedRegexes: Gated[] = [];
const gateIds = new WeakMap<RegExp, number>();
const idsByLead = new Map<string, number[]>();
const activeIds: number[] = [];

/**
 * Declares the words every match of `regex` starts with (each cut to its leading word as the
 * tokeniser cuts it: "1:1" → "1"), so `findAll` tries the regex only where one of them starts
 * a word instead of at every character. `regex` must match on word boundaries (it opens with
 * `(?<![\p{L}\p{N}])`). A lead that does not open with a letter or digit ("*", "#") leaves the
 * regex ungated: it is then scanned whole.
 */
export function startingWith(regex: RegExp, leads: Iterable<string>): RegExp {
  const words = new Set<string>();
  for (const lead of leads) {
    const word = LEAD.exec(lead.toLowerCase())?.[0];
    if (word === undefined) return regex;
    words.add(word);
  }
  for (const word of words) {
    leadLimits.length = Math.max(leadLimits.length, word.length);
    leadLimits.parts = Math.max(leadLimits.parts, partsOf(word));
  }
  gateIds.set(regex, gatedRegexes.length);
  gatedRegexes.push({ regex, leads: words, active: false });
  return regex;
}

/**
 * The longest lead declared and the most parts one holds ("follow-up" has two): a start inside a
 * long word is read only that far, so a pasted URL or a run of "1.1.1…" costs time in proportion
 * to its length, not to its length cubed.
 */
const leadLimits = { length: 0, parts: 1 };

function partsOf(word: string): number {
  let parts = 1;
  for (let i = 0; i < word.length; i++) if (isSeparator(word.charCodeAt(i))) parts += 1;
  return parts;
}

/** Adds a regex to the ones every text is indexed for, on its first search. */
function activate(id: number): Gated {
  const gated = gatedRegexes[id] as Gated;
  if (gated.active) return gated;
  gated.active = true;
  activeIds.push(id);
  for (const word of gated.leads) {
    const ids = idsByLead.get(word);
    if (ids) ids.push(id);
    else idsByLead.set(word, [id]);
  }
  return gated;
}

/**
 * For one parsed text, the offsets where each gated regex may start, sorted, by id: `NONE`
 * when it cannot start anywhere, undefined when the text was indexed before its first search.
 */
type LeadIndex = Array<readonly number[] | undefined>;
const NONE: readonly number[] = [];

/** True for the separators a word may hold: ' . - / */
function isSeparator(code: number): boolean {
  return code === 39 || code === 46 || code === 45 || code === 47;
}

/**
 * Calls `visit` with every place a match can start and every lead it could start with there.
 * A match starts at a word or after a separator inside one ("up" in "follow-up"), and a lead
 * can span separators ("follow-up"), so each start comes with every run of parts from it.
 */
function forEachStart(doc: Doc, visit: (key: string, offset: number) => void): void {
  for (const token of doc.words) {
    const word = token.lower;
    for (let from = 0; from < word.length; ) {
      let cut = from;
      while (cut < word.length && !isSeparator(word.charCodeAt(cut))) cut += 1;
      if (from === 0 && cut === word.length) {
        visit(word, token.start);
        break;
      }
      // Only runs of parts a lead can be: at most `leadLimits.parts` parts and `leadLimits.length` characters.
      for (let end = cut, parts = 1; end <= word.length && parts <= leadLimits.parts && end - from <= leadLimits.length; end += 1) {
        if (end === word.length || isSeparator(word.charCodeAt(end))) {
          visit(word.slice(from, end), token.start + from);
          parts += 1;
        }
      }
      from = cut + 1;
    }
  }
}

/** The lead index of `doc` for every regex in use, built in one pass over its words. */
const leadIndex = perDoc((doc: Doc): LeadIndex => {
  // Filled up front: writing far past the end of an empty array makes V8 store it as a slow dictionary.
  const starts: Array<readonly number[] | number[] | undefined> = new Array(gatedRegexes.length).fill(undefined);
  for (const id of activeIds) starts[id] = NONE;
  forEachStart(doc, (key, offset) => {
    const ids = idsByLead.get(key);
    if (!ids) return;
    for (const id of ids) {
      const list = starts[id] as number[];
      if (list === NONE) starts[id] = [offset];
      else if (list[list.length - 1] !== offset) list.push(offset);
    }
  });
  return starts;
});

/** Where gated regex `id` may start in `doc`, worked out for it alone. */
function startsOf(doc: Doc, gated: Gated): readonly number[] {
  const offsets: number[] = [];
  forEachStart(doc, (key, offset) => {
    if (gated.leads.has(key) && offsets[offsets.length - 1] !== offset) offsets.push(offset);
  });
  return offsets;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of `regex` (which must have the `g` flag) in the folded text, as spans, left to
 * right and not overlapping, exactly as a global scan finds them. A regex declared with
 * `startingWith` is only tried where one of its leads starts a word, and, given `startsIn`,
 * only at offsets it accepts (a caller that keeps the matches of some sentences only).
 */
export function findAll(doc: Doc, regex: RegExp, startsIn?: (offset: number) => boolean): Span[] {
  const id = gateIds.get(regex);
  if (id === undefined) return startsIn ? scan(doc, regex).filter((s) => startsIn(s.start)) : scan(doc, regex);
  const gated = activate(id);
  const index = leadIndex(doc);
  let offsets = index[id];
  if (offsets === undefined) {
    offsets = startsOf(doc, gated);
    index[id] = offsets;
  }
  if (offsets.length === 0) return [];
  gated.sticky ??= new RegExp(regex.source, `${regex.flags.replace('g', '')}y`);
  nativeFor(gated.sticky, doc);
  const spans: Span[] = [];
  let from = 0;
  for (const offset of offsets) {
    if (offset < from || (startsIn && !startsIn(offset))) continue;
    gated.sticky.lastIndex = offset;
    // `test` leaves `lastIndex` at the end of the match and builds no match object.
    if (!gated.sticky.test(doc.lower)) continue;
    const end = gated.sticky.lastIndex;
    spans.push({ start: offset, end });
    from = Math.max(end, offset + 1);
  }
  return spans;
}

/** Every match of `regex` (global) found by scanning the whole folded text. */
export function scan(doc: Doc, regex: RegExp): Span[] {
  nativeFor(regex, doc);
  const spans: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(doc.lower); m !== null; m = regex.exec(doc.lower)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) regex.lastIndex += 1;
  }
  return spans;
}

/** The regexes declared with `startingWith` and their leads, for tests that compare gated and whole scans. */
export function gatedPatterns(): Array<{ regex: RegExp; leads: string[] }> {
  return gatedRegexes.map((g) => ({ regex: g.regex, leads: [...g.leads] }));
}

const NEGATORS = new Set(negationWords);

/** Words that open a clause in contrast, so a negation before them does not reach past them. */
const CONTRASTS: ReadonlySet<string> = new Set(contrastWords);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(clauseOpeners);

/**
 * True when the words just before `start`, in the same sentence, negate it ("no need for a
 * call", "I'm not looking for a mentor"). Looks back at most `window` words.
 */
export function isNegated(doc: Doc, start: number, window = 4): boolean {
  const index = tokenIndexAt(doc, start);
  if (index < 0) return false;
  const sentence = doc.tokens[index]?.sentence;
  for (let i = index - 1, seen = 0; i >= 0 && seen < window; i--) {
    const token = doc.tokens[i] as Token;
    if (token.sentence !== sentence) break;
    if (token.kind === 'punct') {
      // A quote closes a name ("the 'completed without assist' metric"): its words negate nothing outside it.
      if (/[,;:.!?\-\u2013\u2014"'\u201c\u201d\u2018\u2019\u00ab\u00bb]/.test(token.text)) break;
      continue;
    }
    // "didn't move much, but we learned …": a contrast ends the negation's reach, and so does a
    // subordinate clause ("I never wrote back after you advised us…": the advice was given).
    if (CONTRASTS.has(token.lower) || CLAUSE_OPENERS.has(token.lower)) break;
    seen += 1;
    if (NEGATORS.has(token.lower) || token.lower.endsWith("n't")) return true;
  }
  return false;
}

/** Index of the token that starts at or contains `offset` (binary search), or -1. */
export function tokenIndexAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = doc.tokens[mid] as Token;
    if (offset < t.start) hi = mid - 1;
    else if (offset >= t.end) lo = mid + 1;
    else return mid;
  }
  return lo < doc.tokens.length ? lo : -1;
}

/** Index of the first token that starts at or after `offset` (`tokens.length` when none). */
export function firstTokenAtOrAfter(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that contains `offset`, as a span (the whole text when none does). */
export function sentenceAt(doc: Doc, offset: number): Span {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= Math.max(s.end, s.start + 1)) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: doc.text.length };
}

/** The whole text as a span (for findings about the message as a whole). */
export function wholeText(doc: Doc): Span {
  const start = doc.text.length - doc.text.trimStart().length;
  return { start, end: Math.max(start, doc.text.trimEnd().length) };
}
