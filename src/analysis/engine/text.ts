import { sentenceAbbreviations } from '../data/language.js';
import { sentenceStarts } from './sentence-starts.js';
import { nextToken, tokenEnd } from './tokens.js';
import type { Doc, Sentence, Token } from './types.js';

/** Folds characters that read alike to one ASCII form, one code unit for one, so offsets hold. */
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
};

/** Lower-cases `text` without changing its length, folding quotes, dashes and spaces. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  const base =
    lower.length === text.length ? lower : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  return base.replace(/[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014\u2212\u00a0\u2009\u202f]/g, (ch) => FOLD[ch] ?? ch);
}

const NUMBER = /^[\d.,/]+$|^\d[\d.,]*(?:k|m|bn|x|st|nd|rd|th)?$/i;
const ABBREVIATIONS = new Set(sentenceAbbreviations);

/**
 * How much of a text the checks read. A message, goal or piece of feedback is a few hundred
 * words; past 20,000 characters (about 3,500 words) a text is read up to that point, so no
 * input can make a check slow. The rules that judge length fire long before.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/**
 * Parses a text once for every rule (its first `MAX_ANALYSED_CHARS` characters): tokens with
 * offsets, and sentences by the Unicode sentence rules with breaks after common abbreviations
 * ("e.g.", "Dr.") and after a question quoted mid-sentence undone, and a break added where a
 * writer in lower case starts a sentence after a period. Linear in the length of the text.
 */
export function parseText(input: string): Doc {
  const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const lower = foldCase(text);
  const bounds = sentenceBounds(text, lower);
  const tokens: Token[] = [];
  const words: Token[] = [];
  let s = 0;
  let sentenceEnd = (bounds[0] as [number, number])[1];
  for (let start = nextToken(text, 0), end = 0; start < text.length; start = nextToken(text, end)) {
    end = tokenEnd(text, start);
    const raw = text.slice(start, end);
    while (s < bounds.length - 1 && start >= sentenceEnd) {
      s += 1;
      sentenceEnd = (bounds[s] as [number, number])[1];
    }
    // A word starts with a letter, mark or digit (see `tokenEnd`); a number with a digit.
    const first = raw.charCodeAt(0);
    const kind: Token['kind'] = !isWordStart(first, raw) ? 'punct' : first >= 48 && first <= 57 && NUMBER.test(raw) ? 'number' : 'word';
    const token: Token = { text: raw, lower: lower.slice(start, end), start, end, kind, sentence: s };
    tokens.push(token);
    if (kind !== 'punct') words.push(token);
  }
  const sentences: Sentence[] = [];
  let t = 0;
  for (let index = 0; index < bounds.length; index++) {
    const [start, end] = bounds[index] as [number, number];
    const first = t;
    while (t < tokens.length && (tokens[t] as Token).sentence === index) t += 1;
    let last = end;
    while (last > start && isSpace(text.charCodeAt(last - 1))) last -= 1;
    sentences.push({ start, end: last, firstToken: first, endToken: t, question: endsWithQuestion(text, start, last) });
  }
  return { text, lower, tokens, sentences, words, truncated: text.length < input.length, cache: new Map(), slots: [] };
}

const WORD_START = /[\p{L}\p{M}\p{N}]/u;

function isWordStart(code: number, raw: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_START.test(raw);
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));
}

/** True when `text[start, end)` ends with a question mark, perhaps inside closing quotes or brackets. */
function endsWithQuestion(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSERS.has(text.charCodeAt(i))) i -= 1;
  if (i >= start && text.charCodeAt(i) === 63) return true;
  // "…one specific incident? — Elena, VP Product": a signature after a dash still ends a question.
  // Looks back at most 80 characters, so a text of many sentences stays linear.
  let mark = end - 1;
  while (mark >= Math.max(start, end - 80) && text.charCodeAt(mark) !== 63) mark -= 1;
  return mark >= Math.max(start, end - 80) && SIGNED_AFTER.test(text.slice(mark + 1, end));
}

/** What may follow a question mark and still close the question: a dash, then a short signature line. */
const SIGNED_AFTER = /^\s*[-\u2013\u2014]+\s*[^?!.\n]{1,78}$/u;

const CLOSERS = new Set(['"', "'", '\u201d', '\u2019', ')', ']'].map((c) => c.charCodeAt(0)));

/** Sentence ranges `[start, end)` covering the text, leading blank space excluded. */
function sentenceBounds(text: string, lower: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  const starts = sentenceStarts(text);
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = starts[i + 1] ?? text.length;
    const previous = bounds.at(-1);
    if (
      previous &&
      ((endsWithPeriod(text, previous[0], previous[1]) &&
        endsWithAbbreviation(lower.slice(Math.max(previous[0], previous[1] - 16), previous[1]))) ||
        (endsWithQuotedQuestion(text, previous) && startsLowerCase(text, start, end)))
    ) {
      previous[1] = end;
    } else {
      bounds.push([start, end]);
    }
  }
  const split = splitLowerCaseStarts(text, bounds);
  for (const b of split) {
    while (b[0] < b[1] && isSpace(text.charCodeAt(b[0]))) b[0] += 1;
  }
  return split.length > 0 ? split : [[0, text.length]];
}

/** A period, spaces, then a lower-case letter: where a writer who never capitalises starts a sentence. */
const LOWER_CASE_START = /\.[ \t]+(?=\p{Ll})/gu;
/**
 * An emoji (with its modifiers and joins), spaces, then a letter: where a chat writer ends a
 * sentence with an emoji — unless a word that joins clauses follows ("grab a coffee ☕ and hear…").
 */
const EMOJI_END =
  /\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)*[ \t]+(?=\p{L})(?!(?:and|or|but|to|with|for|then|because|if|while|when)(?![\p{L}]))/gu;
/** Words a clause needs before an emoji can end it: "i ❤️ ur podcast" and "Sophie 👋 …" go on. */
const WORDS_BEFORE_EMOJI_END = 3;

/**
 * Splits sentences that a writer in lower case ran together ("got it live. now sales wants…"):
 * the Unicode rules keep a period followed by a lower-case letter inside the sentence, which is
 * right after "e.g." but merges every sentence of a message typed without capitals. A period
 * after an abbreviation or a single letter ("J. smith") still does not end one. An emoji after a
 * clause of a few words ends it too ("from 40% to 26% 🎉 next problem is…"), as a period would.
 */
function splitLowerCaseStarts(text: string, bounds: Array<[number, number]>): Array<[number, number]> {
  const periods = splitAt(text, bounds, LOWER_CASE_START, (at) => endsSentence(text, at));
  return splitAt(text, periods, EMOJI_END, (at, start) => wordsBetween(text, start, at) >= WORDS_BEFORE_EMOJI_END);
}

/** Splits `bounds` at the end of each match of `regex` (global) that `accept` takes, given where the match and its sentence start. */
function splitAt(
  text: string,
  bounds: Array<[number, number]>,
  regex: RegExp,
  accept: (at: number, start: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let b = 0;
  let current = bounds[0];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null && current; m = regex.exec(text)) {
    const cut = m.index + m[0].length;
    while (current && cut >= current[1]) {
      out.push(current);
      b += 1;
      current = bounds[b];
    }
    if (!current || cut <= current[0] || m.index < current[0] || !accept(m.index, current[0])) continue;
    out.push([current[0], cut]);
    current = [cut, current[1]];
  }
  while (current) {
    out.push(current);
    b += 1;
    current = bounds[b];
  }
  return out;
}

/** How many words `text[start, end)` holds, counting at most `WORDS_BEFORE_EMOJI_END`. */
function wordsBetween(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = end - 1; i >= start && words < WORDS_BEFORE_EMOJI_END; i--) {
    const letter = isWordStart(text.charCodeAt(i), text[i] ?? '');
    if (letter && !inWord) words += 1;
    inWord = letter;
  }
  return words;
}

/** True when the period at `dot` ends a sentence: the word before it is no abbreviation and not a single letter. */
function endsSentence(text: string, dot: number): boolean {
  const word = /([\p{L}\p{N}.%)]+)$/u.exec(text.slice(Math.max(0, dot - 16), dot))?.[1] ?? '';
  const bare = word.toLowerCase().replace(/^\./, '');
  if (bare === '' || /^\p{L}$/u.test(bare) || /^\p{L}(?:\.\p{L})+$/u.test(bare)) return false;
  return !ABBREVIATIONS.has(bare);
}

/** 'asking "what would you change?" at the end of every 1:1': a question quoted inside a sentence does not end it. */
function endsWithQuotedQuestion(text: string, [start, end]: [number, number]): boolean {
  let i = end - 1;
  while (i > start && isSpace(text.charCodeAt(i))) i -= 1;
  if (!CLOSERS.has(text.charCodeAt(i)) || text.charCodeAt(i) === 41) return false;
  while (i > start && CLOSERS.has(text.charCodeAt(i))) i -= 1;
  return text.charCodeAt(i) === 63 || text.charCodeAt(i) === 33;
}

/** True when the first letter of `text[start, end)` is lower-case. */
function startsLowerCase(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i += 1;
  return i < end && /\p{Ll}/u.test(text[i] ?? '');
}

/**
 * True when the last character of `text[start, end)` that is not a space is a period. Reads no
 * further back than `start`, so a text of blank lines stays linear.
 */
function endsWithPeriod(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && isSpace(text.charCodeAt(i))) i -= 1;
  return i >= start && text.charCodeAt(i) === 46;
}

function endsWithAbbreviation(sentence: string): boolean {
  const m = /([\p{L}.]+)\.\s*$/u.exec(sentence);
  return m !== null && ABBREVIATIONS.has((m[1] ?? '').replace(/^\./, ''));
}

/** Line and column (both from 1) of an offset, for linter-style output. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
