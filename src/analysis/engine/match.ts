import type { Doc, Token } from './types.js';

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Builds one case-insensitive regex from a list of phrases, matched on word boundaries
 * against `Doc.lower`. Phrases are plain text; `*` stands for exactly one word (`pick *
 * brain` matches "pick your brain"). Alternation of literals keeps matching linear.
 */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const root: TrieNode = new Map();
  for (const phrase of phrases) {
    const words = phrase.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    let node = root;
    words.forEach((w, i) => {
      const piece = w === '*' ? "[\\p{L}\\p{N}'-]{1,30}" : escapeRegex(w);
      let entry = node.get(piece);
      if (!entry) {
        entry = { end: false, next: new Map() };
        node.set(piece, entry);
      }
      if (i === words.length - 1) entry.end = true;
      node = entry.next;
    });
  }
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(root)})(?![\\p{L}\\p{N}])`, 'gu');
  const firsts = [...root.keys()];
  // A phrase can only match where its first word is a word of the text: when every first word
  // is plain letters, a text without any of them is skipped without scanning.
  firstWordsOf.set(regex, firsts.every((w) => /^\p{L}+$/u.test(w)) ? new Set(firsts) : null);
  return regex;
}

/** First words of each phrase regex, when they are plain letters. */
const firstWordsOf = new WeakMap<RegExp, Set<string> | null>();
/** The words of each parsed text, whole and split at inner hyphens, apostrophes and periods. */
const wordsOf = new WeakMap<Doc, Set<string>>();

function textWords(doc: Doc): Set<string> {
  let words = wordsOf.get(doc);
  if (!words) {
    words = new Set();
    for (const t of doc.words) {
      words.add(t.lower);
      if (/['.\-/]/.test(t.lower)) for (const part of t.lower.split(/['.\-/]/)) words.add(part);
    }
    wordsOf.set(doc, words);
  }
  return words;
}

function mayMatch(doc: Doc, regex: RegExp): boolean {
  const firsts = firstWordsOf.get(regex);
  if (!firsts) return true;
  const words = textWords(doc);
  for (const w of firsts) if (words.has(w)) return true;
  return false;
}

/** Phrases as a tree of words, so the regex shares prefixes ("how did you …") instead of retrying them. */
type TrieNode = Map<string, { end: boolean; next: TrieNode }>;
const WORD_GAP = '[\\s,]{1,3}';

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

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every match of `regex` (which must have the `g` flag) in the folded text, as spans. */
export function findAll(doc: Doc, regex: RegExp): Span[] {
  const spans: Span[] = [];
  if (!mayMatch(doc, regex)) return spans;
  regex.lastIndex = 0;
  for (const m of doc.lower.matchAll(regex)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The first match of `regex` in the folded text, or undefined. */
export function findFirst(doc: Doc, regex: RegExp): Span | undefined {
  return findAll(doc, regex)[0];
}

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'without',
  "n't",
  "don't",
  'dont',
  "won't",
  "isn't",
  "aren't",
  "wasn't",
  "doesn't",
  "didn't",
  'nor',
  'neither',
]);

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
      if (/[,;:.!?]/.test(token.text)) break;
      continue;
    }
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
