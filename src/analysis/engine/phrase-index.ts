import { tokenIndexAt } from './positions.js';
import type { Doc, Token } from './types.js';

/**
 * Phrase lists matched at word starts through an index keyed by each phrase's first letters,
 * so a text is scanned in time linear in its length whatever the size of the lists (one big
 * regex alternation is tried at every character and gets slow on long texts).
 *
 * Phrase syntax: words separated by spaces (matching a run of spaces, hyphens, slashes or
 * quotes); `word~` is a stem (the word plus up to 14 more letters: `prioriti~` matches
 * "prioritise", "prioritizing"); `*` is exactly one word; `**` is up to three words (a
 * leading wildcard is dropped: matches start at a literal word); an apostrophe is optional
 * ("don't" matches "dont") and a hyphen inside a word is optional.
 */

/** A phrase with what it stands for. */
export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

/** A phrase found in a text. */
export interface PhraseHit<T> {
  phrase: string;
  data: T;
  start: number;
  end: number;
}

interface Compiled<T> extends PhraseEntry<T> {
  regex: RegExp;
}

/** Phrases indexed by their first word, or by its first letters when it is a stem. */
export interface PhraseIndex<T> {
  /** Phrases whose first word is a plain word, by that word without apostrophes. */
  words: Map<string, Compiled<T>[]>;
  /** Other phrases (stems, hyphenated or symbol words), by the first one to three letters of their first word. */
  prefixes: Map<string, Compiled<T>[]>;
}

const SEP = '[\\s\\-/\'"]{1,3}';
const ANY_WORD = "[\\p{L}\\p{N}'’]{1,30}";
const GAP = `(?:${SEP}${ANY_WORD}){0,3}`;
const KEY_LENGTH = 3;
/**
 * The most of a word a lookup reads: no phrase starts with a longer word, so the rest of a long
 * token (a pasted URL, "a-b-c-…") is never read again at each of its parts.
 */
const LOOKUP_CHARS = 64;

/** Splits a list written as `a | b` or one phrase a line into its phrases. */
export function tierPhrases(tier: string): string[] {
  return tier
    .split(/[|\n]/)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p !== '');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(word: string): string {
  if (word === '*') return ANY_WORD;
  const stem = word.endsWith('~');
  const body = stem ? word.slice(0, -1) : word;
  const pattern = body
    .split('')
    .map((ch) => (ch === "'" ? "'?" : ch === '-' ? '[\\s\\-]?' : escapeRegex(ch)))
    .join('');
  return stem ? `${pattern}\\p{L}{0,14}` : pattern;
}

/** Compiles one phrase to a regex source without capturing groups. */
export function phrasePattern(phrase: string): string {
  let out = '';
  let gap = false;
  for (const word of phrase.split(/\s+/)) {
    if (word === '**') {
      gap = true;
      continue;
    }
    out += out === '' ? wordPattern(word) : `${gap ? GAP : ''}${SEP}${wordPattern(word)}`;
    gap = false;
  }
  return out;
}

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(code));
}

/** The index key of a word: its first letters or digits, with apostrophes and hyphens dropped. */
function keyOf(word: string): string {
  let key = '';
  for (let i = 0; i < word.length && key.length < KEY_LENGTH; i++) {
    const ch = word[i] as string;
    if (ch === "'" || ch === '’' || ch === '-') continue;
    if (!isWordChar(ch.charCodeAt(0))) break;
    key += ch;
  }
  return key;
}

/** A word without apostrophes, as plain first words are indexed. */
function plain(word: string): string {
  return word.includes("'") || word.includes('’') ? word.replace(/['’]/g, '') : word;
}

function push<T>(map: Map<string, Compiled<T>[]>, key: string, entry: Compiled<T>): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * Indexes phrases by their first word, or by the first letters of a stem or a hyphenated
 * word. Leading wildcards are dropped (`* year plan` is matched from "year").
 */
export function indexPhrases<T>(entries: ReadonlyArray<PhraseEntry<T>>): PhraseIndex<T> {
  const words = new Map<string, Compiled<T>[]>();
  const prefixes = new Map<string, Compiled<T>[]>();
  for (const entry of entries) {
    const phrase = entry.phrase.replace(/^(?:\*{1,2}\s+)+/, '');
    const first = phrase.split(/\s+/)[0] ?? '';
    const key = keyOf(first);
    if (key === '') continue;
    if (first.length > LOOKUP_CHARS)
      throw new Error(`The phrase "${entry.phrase}" starts with a word longer than ${LOOKUP_CHARS} characters`);
    const compiled = { ...entry, regex: new RegExp(`(?:${phrasePattern(phrase)})(?![\\p{L}\\p{N}])`, 'uy') };
    if (/^[\p{L}\p{N}'’]+$/u.test(first)) push(words, plain(first), compiled);
    else push(prefixes, key, compiled);
  }
  return { words, prefixes };
}

/** Indexes a list written as `a | b` (see `tierPhrases`), each phrase standing for itself. */
export function indexList(list: string): PhraseIndex<string> {
  return indexPhrases(tierPhrases(list).map((phrase) => ({ phrase, data: phrase })));
}

/** Every phrase that matches starting at character `offset`, where a word starts, longest first. */
function matchesAt<T>(doc: Doc, index: PhraseIndex<T>, offset: number, word: string): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const test = (bucket: Compiled<T>[] | undefined) => {
    for (const entry of bucket ?? []) {
      entry.regex.lastIndex = offset;
      const m = entry.regex.exec(doc.lower);
      if (m) hits.push({ phrase: entry.phrase, data: entry.data, start: offset, end: offset + m[0].length });
    }
  };
  const bare = plain(word.length > LOOKUP_CHARS ? word.slice(0, LOOKUP_CHARS) : word);
  test(index.words.get(bare));
  const cut = bare.search(/[-/.:]/);
  if (cut > 0) test(index.words.get(bare.slice(0, cut)));
  const key = keyOf(word);
  for (let k = 1; k <= key.length; k++) test(index.prefixes.get(key.slice(0, k)));
  return hits.length > 1 ? hits.sort((a, b) => b.end - a.end) : hits;
}

/** Every phrase that matches starting at word token `index`, longest first. */
export function matchesAtToken<T>(doc: Doc, index: PhraseIndex<T>, tokenIndex: number): PhraseHit<T>[] {
  const token = doc.tokens[tokenIndex];
  if (!token || token.kind === 'punct') return [];
  return matchesAt(doc, index, token.start, token.lower);
}

/** True when some phrase of the index starts at the word at character `offset`. */
export function matchesAtOffset<T>(doc: Doc, index: PhraseIndex<T>, offset: number): boolean {
  const i = tokenIndexAt(doc, offset);
  return i >= 0 && (doc.tokens[i] as Token).start === offset && matchesAtToken(doc, index, i).length > 0;
}

/**
 * Every match of every phrase at word starts in tokens `[from, to)` — also after a hyphen
 * inside a word ("two-pixel") — overlapping matches allowed.
 */
export function scanPhrases<T>(doc: Doc, index: PhraseIndex<T>, from = 0, to = doc.tokens.length): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const token = doc.tokens[i] as Token;
    if (token.kind === 'punct') continue;
    if (token.start > 0 && isWordChar(doc.lower.charCodeAt(token.start - 1))) continue;
    for (const hit of matchesAtToken(doc, index, i)) hits.push(hit);
    for (let dash = token.lower.indexOf('-'); dash > 0 && dash < token.lower.length - 1; dash = token.lower.indexOf('-', dash + 1)) {
      const rest = token.lower.slice(dash + 1, dash + 1 + LOOKUP_CHARS);
      for (const hit of matchesAt(doc, index, token.start + dash + 1, rest)) hits.push(hit);
    }
  }
  return hits;
}
