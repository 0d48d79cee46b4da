/**
 * Quantities in a text: digits ("1,200", "4.5", "$250k"), number words ("twenty-five", "a
 * dozen"), and what they measure — percents, percentage points, multiples ("2x", "double"),
 * money, durations, years, and counts with their noun ("12 experiments"). Shared by every
 * check that reads numbers; linear in the length of the text.
 */

import { nounPhraseStops } from '../data/language.js';
import { nativeFor } from './native-regex.js';
import type { Doc } from './types.js';

/** What a quantity measures. */
export type QuantityUnit = 'percent' | 'points' | 'multiple' | 'currency' | 'count' | 'duration' | 'measure' | 'year' | 'number';

/** A unit of time a duration is written in. */
export type DurationUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** One quantity of the text with its offsets (UTF-16, end exclusive, unit and symbol included). */
export interface Quantity {
  value: number;
  unit: QuantityUnit;
  start: number;
  end: number;
  /** ISO code of the currency (`USD`, `EUR`, `GBP`, …) for `currency`. */
  currency?: string;
  /** The counted noun of a `count` ("growth experiments"), lower-cased, with its offsets. */
  noun?: string;
  nounStart?: number;
  nounEnd?: number;
  /** The unit of a `duration` ("30-day" → day). */
  durationUnit?: DurationUnit;
  /** The unit of a `measure` as written ("ms", "seconds", "gb"). */
  measureUnit?: string;
  /** True after "per", "every" or "each": a rate's denominator, not an amount ("per 1,000 users"). */
  denominator?: boolean;
  /** The sign written before the number ("+10 points", "−2pp"), when there is one. */
  sign?: '+' | '-';
}

/** Reads a table written `key value · key value` (line breaks also separate entries). */
function wordTable(text: string): Readonly<Record<string, string>> {
  const table: Record<string, string> = {};
  for (const entry of text.split(/[·\n]/)) {
    const [key, value] = entry.trim().split(/\s+/);
    if (key && value) table[key] = value;
  }
  return table;
}

/** Like `wordTable`, with numeric values ("ten 10 · dozen 12 · thousand 1e3"). */
function numberTable(text: string): Readonly<Record<string, number>> {
  return Object.fromEntries(Object.entries(wordTable(text)).map(([k, v]) => [k, Number(v)]));
}

/** Values of number words; `hundred` and larger multiply what comes before them. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = numberTable(`
  zero 0 · one 1 · two 2 · three 3 · four 4 · five 5 · six 6 · seven 7 · eight 8 · nine 9 · ten 10 · eleven 11
  twelve 12 · thirteen 13 · fourteen 14 · fifteen 15 · sixteen 16 · seventeen 17 · eighteen 18 · nineteen 19 · twenty 20
  thirty 30 · forty 40 · fourty 40 · fifty 50 · sixty 60 · seventy 70 · eighty 80 · ninety 90 · hundred 100
  thousand 1e3 · million 1e6 · billion 1e9 · dozen 12 · half 0.5
`);

/** Verbs and adverbs that state a multiple ("double", "halve", "twice"). */
export const MULTIPLE_WORDS: Readonly<Record<string, number>> = numberTable(`
  double 2 · doubled 2 · doubles 2 · doubling 2 · twice 2 · twofold 2 · triple 3 · tripled 3 · triples 3 · tripling 3
  threefold 3 · thrice 3 · quadruple 4 · quadrupled 4 · quadruples 4 · quadrupling 4 · fourfold 4 · quintuple 5
  quintupled 5 · fivefold 5 · tenfold 10 · halve 0.5 · halved 0.5 · halves 0.5 · halving 0.5
`);

/** Currency symbols and the ISO code each stands for. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable(`
  $ USD · us$ USD · a$ AUD · au$ AUD · c$ CAD · ca$ CAD · nz$ NZD · hk$ HKD · s$ SGD · r$ BRL · € EUR · £ GBP · ¥ JPY
  ₹ INR · ₩ KRW · ₽ RUB · ₺ TRY · ₪ ILS · ₫ VND · ฿ THB · ₦ NGN · ₱ PHP · ₴ UAH · zł PLN · kr SEK · chf CHF
`);

/** Currency names and codes written after or before the amount ("250,000 dollars", "EUR 40"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable(`
  usd USD · eur EUR · gbp GBP · jpy JPY · inr INR · cad CAD · aud AUD · chf CHF · sek SEK · nok NOK · dkk DKK · brl BRL
  mxn MXN · cny CNY · rmb CNY · sgd SGD · hkd HKD · nzd NZD · zar ZAR · pln PLN · krw KRW · ils ILS · aed AED · ngn NGN
  kes KES · idr IDR · czk CZK · huf HUF · dollar USD · dollars USD · bucks USD · euro EUR · euros EUR · pound GBP
  pounds GBP · quid GBP · sterling GBP · yen JPY · rupee INR · rupees INR · franc CHF · francs CHF · krona SEK
  kronor SEK · krone NOK · kroner NOK · peso MXN · pesos MXN · reais BRL · yuan CNY · zloty PLN · zlotys PLN
  naira NGN · shillings KES · dirham AED · dirhams AED
`);

/** Scale suffixes and words ("250k", "1.2M", "3 billion"). */
const SCALES: Readonly<Record<string, number>> = numberTable(`
  k 1e3 · thousand 1e3 · grand 1e3 · m 1e6 · mm 1e6 · mn 1e6 · mil 1e6 · million 1e6 · millions 1e6 · b 1e9 · bn 1e9
  billion 1e9 · lakh 1e5 · lakhs 1e5 · lac 1e5 · crore 1e7 · crores 1e7 · cr 1e7
`);

const DURATIONS: Readonly<Record<string, DurationUnit>> = wordTable(`
  day day · days day · week week · weeks week · wk week · wks week · month month · months month · mo month · mos month
  mth month · mths month · quarter quarter · quarters quarter · qtr quarter · qtrs quarter · year year · years year
  yr year · yrs year
`) as Readonly<Record<string, DurationUnit>>;

const NOUN_STOPS = new Set(nounPhraseStops);

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

const PERCENT_AFTER = /^\s?(?:%|per ?cent(?![\p{L}])|percent(?:age)?(?! ?points?)(?![\p{L}])|pct(?![\p{L}]))/u;
const POINTS_AFTER = /^(?:\s|-)?(?:percentage[ -]points?|percent(?:age)? points?|pp|ppts?|p\.p\.|pts?|points?)(?![\p{L}])/u;
const BASIS_AFTER = /^\s?(?:basis[ -]points?|bps|bp)(?![\p{L}])/u;
const MULTIPLE_AFTER = /^(?:\s?[x×](?![\p{L}\p{N}])|(?:\s|-)?fold(?![\p{L}])|\stimes(?![\p{L}])(?! (?:a|an|per|each|every)(?![\p{L}])))/u;
const SCALE_AFTER =
  /^(?:(k|m|mm|mn|bn|b)(?![\p{L}\p{N}])|\s(k|mm|mn|bn)(?![\p{L}\p{N}])|[ -](thousand|million|millions|billion|grand|mil|lakhs?|lac|crores?|cr)(?![\p{L}]))/u;
const CURRENCY_AFTER = /^\s?([\p{L}$€£¥₹]{1,9})(?![\p{L}])/u;
const CURRENCY_BEFORE =
  /(us\$|au\$|a\$|c\$|ca\$|nz\$|hk\$|s\$|r\$|[$€£¥₹₩₽₺₪₫฿₦₱₴]|\b(?:usd|eur|gbp|chf|cad|aud|jpy|inr|sek|nok|dkk|sgd|hkd|nzd|brl|zar|pln|zł|kr))\s?$/u;
const MEASURE_AFTER =
  /^\s?(ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|kb|mb|gb|tb|km|miles?|kg|stars?)(?![\p{L}\p{N}])/u;
/** Fractions that state a share ("by a third" → 33.33%); "a quarter" is left to time. */
const FRACTIONS: Readonly<Record<string, number>> = { third: 3, thirds: 3, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };
const DURATION_AFTER = /^(?:\s|-)(days?|weeks?|wks?|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?)(?![\p{L}])/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/u;
const NOUN_AFTER = /^(?:\s+)([\p{L}][\p{L}\p{N}'/-]{0,40})(?:\s+([\p{L}][\p{L}\p{N}'/-]{0,40}))?(?:\s+([\p{L}][\p{L}\p{N}'/-]{0,40}))?/u;
const DENOMINATOR_BEFORE = /(?:^|[^\p{L}])(?:per|every|each|out of)\s$|\/\s?$/u;

/**
 * The value of a run of number words: "twenty-five" → 25, "two hundred and fifty thousand" →
 * 250000, "a dozen" → 12, "one and a half" → 1.5. Undefined when a word is not a number word.
 */
export function parseNumberWords(words: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and' || word === 'a' || word === 'an') continue;
    const value = NUMBER_WORDS[word];
    if (value === undefined) return undefined;
    seen = true;
    if (word === 'half') current += 0.5;
    else if (value === 100 || value === 12) current = (current || 1) * value;
    else if (value >= 1e3) {
      total += (current || 1) * value;
      current = 0;
    } else current += value;
  }
  return seen ? total + current : undefined;
}

/**
 * Parses "1,200", "40 000", "4.5" or a decimal comma ("1,5") exactly, scaled by `scale` without
 * floating-point noise.
 */
function digitValue(raw: string, scale: number): number {
  const plain = /^\d+,\d{1,2}$/.test(raw) ? raw.replace(',', '.') : raw.replace(/[, ]/g, '');
  return scale === 1 ? Number(plain) : Number(`${plain}e${Math.round(Math.log10(scale))}`);
}

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
    const quantity = measure(lower, start, start + m[0].length, groups.digits);
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

/** Reads the unit after (and a currency before) an atom; undefined when the atom is no quantity. */
function measure(lower: string, start: number, atomEnd: number, digits: string | undefined): Quantity | undefined {
  const before = lower.slice(Math.max(0, start - 8), start);
  let after = lower.slice(atomEnd, atomEnd + 60);
  if (digits !== undefined) {
    if (/[\p{L}]-$/u.test(before) || /[:#]$/.test(before)) return undefined;
    if (ORDINAL_AFTER.test(after) || /^\s?(?:am|pm)(?![\p{L}])|^:\d/u.test(after)) return undefined;
  }
  const value = digits !== undefined ? digitValue(digits, 1) : (parseNumberWords(lower.slice(start, atomEnd)) ?? Number.NaN);
  if (!Number.isFinite(value)) return undefined;
  const flags: Partial<Quantity> = DENOMINATOR_BEFORE.test(before) ? { denominator: true } : {};
  const signed = /(?:^|[\s(:])([+-])[$€£¥₹]?$/u.exec(before);
  if (signed) flags.sign = signed[1] as '+' | '-';
  const symbol = CURRENCY_BEFORE.exec(before.slice(-6));
  let end = atomEnd;
  let scale = 1;
  const scaleMatch = SCALE_AFTER.exec(after);
  if (scaleMatch) {
    const word = scaleMatch[1] ?? scaleMatch[2] ?? scaleMatch[3] ?? '';
    // "5m" and "5b" are a million and a billion only with money or before a noun ("5m users").
    const ambiguous = word === 'm' || word === 'b';
    if (!ambiguous || symbol !== null || /^\s+[\p{L}]/u.test(after.slice(scaleMatch[0].length))) {
      scale = SCALES[word] ?? 1;
      end += scaleMatch[0].length;
      after = lower.slice(end, end + 60);
    }
  }
  const scaled = digits !== undefined ? digitValue(digits, scale) : value * scale;
  if (symbol) {
    const key = (symbol[1] ?? '').trim();
    const currency = CURRENCY_SYMBOLS[key] ?? CURRENCY_WORDS[key] ?? 'USD';
    return { ...flags, value: scaled, unit: 'currency', currency, start: start - symbol[0].length, end };
  }
  const word = CURRENCY_AFTER.exec(after);
  const code = word ? (CURRENCY_WORDS[word[1] ?? ''] ?? CURRENCY_SYMBOLS[word[1] ?? '']) : undefined;
  if (word && code) return { ...flags, value: scaled, unit: 'currency', currency: code, start, end: end + word[0].length };
  if (scale === 1) {
    const unit = unitAfter(after, value);
    if (unit) {
      const { length, ...measured } = unit;
      return { ...flags, ...measured, start, end: end + length };
    }
  }
  const q: Quantity = { ...flags, value: scaled, unit: 'number', start, end };
  if (scale === 1 && digits !== undefined && /^(?:19|20)\d\d$/.test(digits)) q.unit = 'year';
  else attachNoun(q, lower, after);
  return q;
}

/** The percent, points, multiple, duration, fraction or measure written right after a number, with its length. */
function unitAfter(
  after: string,
  value: number,
): (Pick<Quantity, 'value' | 'unit' | 'durationUnit' | 'measureUnit'> & { length: number }) | undefined {
  const basis = BASIS_AFTER.exec(after);
  if (basis) return { value: value / 100, unit: 'points', length: basis[0].length };
  const points = POINTS_AFTER.exec(after);
  if (points) return { value, unit: 'points', length: points[0].length };
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return { value, unit: 'percent', length: percent[0].length };
  const multiple = MULTIPLE_AFTER.exec(after);
  if (multiple) return { value, unit: 'multiple', length: multiple[0].length };
  const duration = DURATION_AFTER.exec(after);
  if (duration) return { value, unit: 'duration', durationUnit: DURATIONS[duration[1] ?? ''] ?? 'day', length: duration[0].length };
  const measure = MEASURE_AFTER.exec(after);
  if (measure) return { value, unit: 'measure', measureUnit: measure[1] ?? '', length: measure[0].length };
  return undefined;
}

/** Makes `q` a count when a noun follows ("12 growth experiments", "1,000 active users"). */
function attachNoun(q: Quantity, lower: string, after: string): void {
  const m = NOUN_AFTER.exec(after);
  if (!m) return;
  const words: string[] = [];
  for (const w of [m[1], m[2], m[3]]) {
    if (w === undefined || NOUN_STOPS.has(w) || w in NUMBER_WORDS || w in DURATIONS) break;
    words.push(w);
  }
  if (words.length === 0) return;
  let position = q.end;
  let nounStart = -1;
  for (const w of words) {
    position = lower.indexOf(w, position);
    if (nounStart < 0) nounStart = position;
    position += w.length;
  }
  q.unit = 'count';
  q.noun = words.join(' ');
  q.nounStart = nounStart;
  q.nounEnd = position;
}
