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

// A word: letters and digits joined by apostrophes, hyphens or inner periods ("e.g", "3.5").
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const NUMBER = /^[\d.,/]+$|^\d[\d.,]*(?:k|m|bn|x|st|nd|rd|th)?$/i;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'inc',
  'approx',
  'cf',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'st',
  'mt',
  'jr',
  'sr',
]);

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * How much of a text the checks read. A message, goal or piece of feedback is a few hundred
 * words; past 20,000 characters (about 3,500 words) a text is read up to that point, so no
 * input can make a check slow. The rules that judge length fire long before.
 */
export const MAX_ANALYSED_CHARS = 20_000;

/**
 * Parses a text once for every rule (its first `MAX_ANALYSED_CHARS` characters): tokens with offsets, and sentences from the Unicode
 * sentence segmenter with breaks after common abbreviations ("e.g.", "Dr.") undone.
 * Linear in the length of the text.
 */
export function parseText(input: string): Doc {
  const text = input.length > MAX_ANALYSED_CHARS ? input.slice(0, MAX_ANALYSED_CHARS) : input;
  const lower = foldCase(text);
  const bounds = sentenceBounds(text, lower);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let s = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const raw = match[0];
    while (s < bounds.length - 1 && start >= (bounds[s]?.[1] ?? 0)) s += 1;
    const kind: Token['kind'] = /[\p{L}\p{M}\p{N}]/u.test(raw) ? (NUMBER.test(raw) ? 'number' : 'word') : 'punct';
    tokens.push({ text: raw, lower: lower.slice(start, start + raw.length), start, end: start + raw.length, kind, sentence: s });
  }
  let t = 0;
  bounds.forEach(([start, end], index) => {
    const first = t;
    while (t < tokens.length && (tokens[t] as Token).sentence === index) t += 1;
    const body = text.slice(start, end).trimEnd();
    sentences.push({ start, end: start + body.length, firstToken: first, endToken: t, question: /\?["'”’)\]]*$/.test(body) });
  });
  return {
    text,
    lower,
    tokens,
    sentences,
    words: tokens.filter((k) => k.kind !== 'punct'),
    truncated: text.length < input.length,
    cache: new Map(),
  };
}

/** Sentence ranges `[start, end)` covering the text, leading blank space excluded. */
function sentenceBounds(text: string, lower: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  for (const segment of sentenceSegmenter.segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = bounds.at(-1);
    if (previous && endsWithAbbreviation(lower.slice(Math.max(previous[0], previous[1] - 16), previous[1]))) {
      previous[1] = end;
    } else {
      bounds.push([start, end]);
    }
  }
  for (const b of bounds) {
    while (b[0] < b[1] && /\s/.test(text[b[0]] ?? '')) b[0] += 1;
  }
  return bounds.length > 0 ? bounds : [[0, text.length]];
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
