/** Relative spans of time ("within six months", "in 90 days", "over the next two quarters") as candidate bounds. */
import { addDays, addMonths, type DateParts } from './calendar.js';
import { NUMBER_WORDS, parseNumberWords } from './number-words.js';
import { B, E, type TimeCandidate, type TimeSpan } from './time-candidate.js';

const UNIT_OF: Readonly<Record<string, TimeSpan['unit']>> = { d: 'day', w: 'week', m: 'month', q: 'quarter', y: 'year' };
const WORD_NUM = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = `\\d{1,4}(?:\\.\\d+)?|a couple of|half an?|an?|(?:${WORD_NUM})(?:[ -](?:and[ -])?(?:${WORD_NUM})){0,3}`;

const SPAN_RE = new RegExp(
  `${B}(?:(?<prep>within|in|inside(?: of)?|over|during|for|under|in under|in less than|in no more than|no later than|in the space of)\\s+)?` +
    `(?:(?:the\\s+)?(?<next>next|coming|following|upcoming)\\s+)?(?:(?:about|around|roughly|approximately|approx\\.?|~)\\s*)?` +
    `(?<num>(?:${NUM})(?: and a half)?)[\\s-]{1,2}(?<unit>days?|weeks?|wks?|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?)(?<half> and a half)?(?:'s?|’s?)?` +
    `(?<tail>\\s+(?:time|from now|from today|out|horizon|timeframe|time frame|window|period|goal|plan|target|deadline|push|sprint|stretch))?${E}`,
  'gu',
);
/** Words before a number of days or months that make it a window of the past or a metric ("last 30 days"). */
const NOT_AHEAD = /(?:per|every|each|last|past|previous|prior|first|initial|trailing|rolling|after|the)\s+$/;

/** The relative spans of the folded text, each resolved by counting from the reference date. */
export function spanCandidates(lower: string): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const m of lower.matchAll(SPAN_RE)) {
    const g = m.groups ?? {};
    if (!g.prep && !g.next && !g.tail) continue;
    if (NOT_AHEAD.test(lower.slice(Math.max(0, m.index - 12), m.index)) && !g.prep) continue;
    if (/^\s+(?:ago|old|later|earlier|of data|of history)/.test(lower.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    let value = spanValue((g.num ?? '').trim());
    if (value === undefined || !Number.isFinite(value) || value <= 0 || value > 1200) continue;
    if (g.half) value += 0.5;
    const unit = UNIT_OF[(g.unit ?? 'd')[0] ?? 'd'] ?? 'day';
    const span: TimeSpan = { value, unit };
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'span', span, resolve: (today) => afterSpan(today, span) });
  }
  return out;
}

/** The number of a span as written: "6", "six", "a", "a couple of", "half a", "three and a half". */
function spanValue(raw: string): number | undefined {
  const base = raw.replace(/ and a half$/, '');
  const half = base === raw ? 0 : 0.5;
  if (/^\d/.test(base)) return Number(base) + half;
  if (base === 'a' || base === 'an') return 1 + half;
  if (base === 'a couple of') return 2;
  if (/^half/.test(base)) return 0.5;
  const words = parseNumberWords(base);
  return words === undefined ? undefined : words + half;
}

/** The day a relative span ends: calendar months for months, quarters and years; days otherwise. */
function afterSpan(today: DateParts, span: TimeSpan): DateParts {
  const months =
    span.unit === 'month' ? span.value : span.unit === 'quarter' ? span.value * 3 : span.unit === 'year' ? span.value * 12 : undefined;
  if (months !== undefined) {
    const whole = Math.floor(months);
    const base = addMonths(today, whole);
    return months === whole ? base : addDays(base, Math.round((months - whole) * 30.4375));
  }
  return addDays(today, Math.round(span.value * (span.unit === 'week' ? 7 : 1)));
}
