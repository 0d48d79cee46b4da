/**
 * What stands around a number: the unit after it (percent, points, multiple, duration,
 * measure), a scale ("250k"), a currency before or after it, a sign, "per" before it, and the
 * noun it counts.
 */
import { nounPhraseStops } from '../data/language.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DURATIONS, digitValue, NUMBER_WORDS, parseNumberWords, SCALES } from './number-words.js';
import type { Quantity } from './quantity.js';

const NOUN_STOPS = new Set(nounPhraseStops);

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
const DURATION_AFTER = /^(?:\s|-)(days?|weeks?|wks?|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?)(?![\p{L}])/u;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![\p{L}])/u;
const NOUN_AFTER = /^(?:\s+)([\p{L}][\p{L}\p{N}'/-]{0,40})(?:\s+([\p{L}][\p{L}\p{N}'/-]{0,40}))?(?:\s+([\p{L}][\p{L}\p{N}'/-]{0,40}))?/u;
const DENOMINATOR_BEFORE = /(?:^|[^\p{L}])(?:per|every|each|out of)\s$|\/\s?$/u;

/**
 * The quantity of the atom (a number, digits or words) from `start` to `atomEnd` of the folded
 * text: the unit after it and a currency before it; undefined when the atom is no quantity.
 */
export function readQuantity(lower: string, start: number, atomEnd: number, digits: string | undefined): Quantity | undefined {
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
