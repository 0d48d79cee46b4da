/**
 * Phrase lists as regexes: words joined by spaces or commas, `*` for any one word, other
 * spellings of a word, compiled into a tree so phrases that share a beginning share its test.
 */
import { startingWith } from './match.js';

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

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
