/**
 * Quantities in a text: digits ("1,200", "4.5", "$250k"), number words ("twenty-five", "a
 * dozen"), and what they measure — percents, percentage points, multiples ("2x", "double"),
 * money, durations, years, and counts with their noun ("12 experiments"). Shared by every
 * check that reads numbers; linear in the length of the text.
 */

import { nativeFor } from './native-regex.js';
import { MULTIPLE_WORDS, NUMBER_WORDS } from './number-words.js';
import type { Quantity } from './quantity.js';
import { readQuantity } from './read-quantity.js';
import type { Doc } from './types.js';

const WORD_ALT = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'half')
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUMBER_WORD = `(?:${WORD_ALT})(?![\\p{L}\\p{N}])`;
const MULTIPLE_ALT = Object.keys(MULTIPLE_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * One linear pass finds the atoms: fractions ("a third"), digit groups, runs of number words
 * ("two hundred and fifty"), "a/an" before a scale word ("a dozen"), multiple words and "in/by half".
 */
const ATOM = new RegExp(
  [
    '(?<frac>(?<![\\p{L}\\p{N}])(?:an?|one|two|three|four)[ -](?:thirds?|fifths?|tenths?)(?![\\p{L}]))',
    '(?<digits>(?<![\\p{L}\\p{N}_.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d%])|\\d+,\\d{1,2}(?![\\d,])|\\d+)(?:\\.\\d+)?(?![\\d]|[.,]\\d))',
    `(?<words>(?<![\\p{L}\\p{N}])(?:an?[ -](?=(?:dozen|hundred|thousand|million|billion)(?![\\p{L}])))?${NUMBER_WORD}(?:[ -]{1,2}(?:and[ -]{1,2})?${NUMBER_WORD}){0,8}(?:[ -]and a half(?![\\p{L}]))?)`,
    `(?<mult>(?<![\\p{L}\\p{N}])(?:${MULTIPLE_ALT}|(?:in|by) (?:a )?half)(?![\\p{L}\\p{N}-])(?![ -](?:down|digits?|check|click|standard|booking|edged)(?![\\p{L}])))`,
  ].join('|'),
  'gu',
);

/** Fractions that state a share ("by a third" → 33.33%); "a quarter" is left to time. */
const FRACTIONS: Readonly<Record<string, number>> = { third: 3, thirds: 3, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

/**
 * Every quantity in the text, in order. Numbers glued to letters ("Q2", "D7", "week-1"),
 * ordinals ("31st") and clock times are skipped; a four-digit 1900–2099 without separators
 * is a `year`; a number followed by a noun is a `count` of that noun.
 */
export function findQuantities(doc: Doc): Quantity[] {
  const lower = doc.lower;
  const found: Quantity[] = [];
  // Where reading goes on: after the last atom, or after the last quantity when it reaches further
  // ("million and two hundred"), as a global scan would find them.
  let covered = 0;
  const atoms = nativeFor(ATOM_AT, doc);
  for (const start of atomStarts(lower)) {
    if (start < covered) continue;
    atoms.lastIndex = start;
    const m = atoms.exec(lower);
    if (m === null) continue;
    covered = start + Math.max(1, m[0].length);
    const groups = m.groups ?? {};
    if (groups.mult !== undefined) {
      const key = groups.mult.replace(/^(?:in|by) (?:a )?/, '');
      found.push({ value: MULTIPLE_WORDS[key] ?? 0.5, unit: 'multiple', start, end: start + m[0].length });
      continue;
    }
    if (groups.frac !== undefined) {
      const [count = '', part = ''] = groups.frac.split(/[ -]/);
      const share = (count.startsWith('a') ? 1 : (NUMBER_WORDS[count] ?? 1)) / (FRACTIONS[part] ?? 1);
      found.push({ value: Math.round(share * 10000) / 100, unit: 'percent', start, end: start + m[0].length });
      continue;
    }
    const quantity = readQuantity(lower, start, start + m[0].length, groups.digits);
    if (quantity) {
      found.push(quantity);
      covered = Math.max(covered, quantity.end);
    }
  }
  return found;
}

/** Letter runs an atom can start with: "a third", number words, the multiple words and "in/by half". */
const ATOM_FIRST_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'in',
  'by',
  ...Object.keys(NUMBER_WORDS),
  ...Object.keys(MULTIPLE_WORDS).map((w) => /^\p{L}+/u.exec(w)?.[0] ?? w),
]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** First words that open an atom only with what follows them. */
const LINKING: ReadonlySet<string> = new Set(['a', 'an', 'in', 'by']);
const LINKED_NEXT = /^[ -](?:thirds?|fifths?|tenths?|dozen|hundred|thousand|million|billion|half|a half)(?![a-z])/;

function isLetterOrDigit(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** The atom pattern tried at one offset (sticky); `findQuantities` sets `lastIndex` before each try. */
const ATOM_AT = new RegExp(ATOM.source, 'uy');

/**
 * Where an atom may start, in order: every atom opens after a character that is neither a letter
 * nor a digit, with a digit or with one of `ATOM_FIRST_WORDS`. Trying the atom pattern only there,
 * instead of at every character, finds the same atoms in a fraction of the time.
 */
function atomStarts(lower: string): number[] {
  const starts: number[] = [];
  let previousIsWord = false;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const word = isLetterOrDigit(code, lower[i] as string);
    if (word && !previousIsWord) {
      if (code >= 48 && code <= 57) starts.push(i);
      else {
        let end = i + 1;
        while (end < lower.length && lower.charCodeAt(end) >= 97 && lower.charCodeAt(end) <= 122) end += 1;
        const first = lower.slice(i, end);
        // "a"/"an" open an atom only before a share or a scale ("a third", "a dozen"), "in"/"by" only before "half".
        if (ATOM_FIRST_WORDS.has(first) && (!LINKING.has(first) || LINKED_NEXT.test(lower.slice(end, end + 12)))) starts.push(i);
      }
    }
    previousIsWord = word;
  }
  return starts;
}
