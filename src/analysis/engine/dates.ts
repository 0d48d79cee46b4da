/**
 * Time bounds in a text, resolved against a reference date: relative spans ("within six
 * months", "in 90 days", "within two quarters"), period ends ("by end of Q2", "end of next
 * quarter", "by the end of the year", "end of 2027", "H1 2027"), months ("by March 2027", "end
 * of April 2027") and days ("31 December 2026", "2027-03-31", via chrono-node). Only the goal
 * check imports this module, so chrono loads with it and nowhere else.
 */
import * as chrono from 'chrono-node';
import { unboundedTimingPhrases } from '../data/language.js';
import { phraseRegex } from './match.js';
import { NUMBER_WORDS, parseNumberWords } from './numbers.js';
import type { Doc } from './types.js';

/** A calendar date as numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** A relative span as written ("six months" → 6 month). */
export interface TimeSpan {
  value: number;
  unit: 'day' | 'week' | 'month' | 'quarter' | 'year';
}

/** One time bound of a text: where it is, the deadline it names and how far away it is. */
export interface TimeBound {
  start: number;
  end: number;
  /** How it was written: a relative span, a period end (quarter, half, year, month) or a day. */
  kind: 'span' | 'period' | 'day';
  /** The deadline (ISO `YYYY-MM-DD`); null when the reference date is not a valid date. */
  deadline: string | null;
  /** Months from the reference date to the deadline, rounded to the nearest whole month. */
  months: number | null;
  /** The relative span, for `kind: 'span'`. */
  span: TimeSpan | null;
}

const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december'.split('|');
/** Month names and abbreviations to their number ("sept" → 9). */
const MONTHS: Readonly<Record<string, number>> = Object.fromEntries([
  ...MONTH_NAMES.map((name, i) => [name, i + 1] as const),
  ...MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1] as const),
  ['sept', 9] as const,
]);
const ORDINALS: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
const UNIT_OF: Readonly<Record<string, TimeSpan['unit']>> = { d: 'day', w: 'week', m: 'month', q: 'quarter', y: 'year' };

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const WORD_NUM = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NUM = `\\d{1,4}(?:\\.\\d+)?|a couple of|half an?|an?|(?:${WORD_NUM})(?:[ -](?:and[ -])?(?:${WORD_NUM})){0,3}`;
const EDGE = '(?<edge>(?:the\\s+)?(?:very\\s+)?(?:end|close|start|beginning|middle|mid|early|late)(?:\\s+of|-)?\\s*(?:the\\s+)?)';
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const PREP = /(?:by|before|until|till|til|through|thru|in|during|for|at|on|within|from|to|no later than|deadline|due|[:(,-])\s*$/;

const SPAN_RE = new RegExp(
  `${B}(?:(?<prep>within|in|inside(?: of)?|over|during|for|under|in under|in less than|in no more than|no later than|in the space of)\\s+)?` +
    `(?:(?:the\\s+)?(?<next>next|coming|following|upcoming)\\s+)?(?:(?:about|around|roughly|approximately|approx\\.?|~)\\s*)?` +
    `(?<num>(?:${NUM})(?: and a half)?)[\\s-]{1,2}(?<unit>days?|weeks?|wks?|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?)(?<half> and a half)?(?:'s?|’s?)?` +
    `(?<tail>\\s+(?:time|from now|from today|out|horizon|timeframe|time frame|window|period|goal|plan|target|deadline|push|sprint|stretch))?${E}`,
  'gu',
);
const QUARTER_RE = new RegExp(
  `${B}${EDGE}?(?:(?<y0>\\d{4})\\s*)?(?:q(?<q>[1-4])|(?<qw>first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter)` +
    `(?:\\s*(?:of\\s+)?(?:fy\\s?)?(?<y>\\d{4})|\\s*(?:fy\\s?|[/'’-])(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);
const HALF_RE = new RegExp(
  `${B}${EDGE}?(?:h(?<h>[12])|(?<hw>first|second|1st|2nd)\\s+half)(?:\\s*(?:of\\s+)?(?:the\\s+year\\s*)?(?:fy\\s?)?(?<y>\\d{4})|\\s*(?:fy\\s?|[/'’-])(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);
const PERIOD_RE = new RegExp(
  `${B}(?:${EDGE}(?<rel>this|next|the|current|following)\\s+(?<unit>quarter|year|month|fiscal year|half|half-year)|(?<rel2>this|next|the current|the following|the coming|the upcoming|coming|upcoming)\\s+(?<unit2>quarter|year|month|half-year)|(?:within|during|inside)\\s+the\\s+(?<unit3>quarter|year|month)|(?<end>quarter|year|month)[- ]end|eo(?<eo>q|y|m))${E}`,
  'gu',
);
const YEAR_RE = new RegExp(
  `${B}(?:(?<prep>by|before|until|till|through|in|during|for|within|over)\\s+(?:the\\s+)?(?:(?:calendar|fiscal)\\s+year\\s+)?|(?:year[- ]end|eoy)\\s+|${EDGE}|(?<mid>mid|middle of)[\\s-]?)(?:fy\\s?)?(?<y>(?:19|20)\\d{2})${E}(?!\\s*[qh]\\d)|${B}fy\\s?(?<fy>\\d{4}|\\d{2})${E}`,
  'gu',
);
const MONTH_RE = new RegExp(
  `${B}${EDGE}?(?<m>${MONTH_ALT})(?:\\.(?=\\s*\\d))?(?:\\s*,?\\s*(?<y>\\d{4})|\\s*'(?<y2>\\d{2})|\\s+(?:of\\s+)?(?<ny>next|this)\\s+year)?${E}`,
  'gu',
);
const DAY_ANCHOR = new RegExp(`${B}(?:${MONTH_ALT})${E}|${B}\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}${E}`, 'gu');
const NON_BOUND_RE = phraseRegex(unboundedTimingPhrases);
/** At most this many windows go to chrono, so a text full of month names stays fast. */
const MAX_CHRONO_WINDOWS = 12;
/** Words before a number of days or months that make it a window of the past or a metric ("last 30 days"). */
const NOT_AHEAD = /(?:per|every|each|last|past|previous|prior|first|initial|trailing|rolling|after|the)\s+$/;

/** Parses `YYYY-MM-DD`; undefined for anything else or an impossible date. */
export function parseIsoDate(text: string): DateParts | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= daysInMonth(parts.year, parts.month) ? parts : undefined;
}

/** Writes a date as `YYYY-MM-DD`. */
export function formatIsoDate(d: DateParts): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Days in a month of a year (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `d` plus `n` calendar months, the day clamped to the month's length (31 Jan + 1 → 28 Feb). */
export function addMonths(d: DateParts, n: number): DateParts {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** `d` plus `n` days. */
export function addDays(d: DateParts, n: number): DateParts {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

const dayNumber = (d: DateParts): number => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

/**
 * Months from `from` to `to`, rounded to the nearest whole month: whole calendar months, plus
 * the part of the next month reached, so "in 4 months" is exactly 4 and 90 days is 3.
 */
export function monthsBetween(from: DateParts, to: DateParts): number {
  if (dayNumber(to) < dayNumber(from)) return -monthsBetween(to, from);
  let whole = (to.year - from.year) * 12 + (to.month - from.month);
  if (dayNumber(addMonths(from, whole)) > dayNumber(to)) whole -= 1;
  const lo = dayNumber(addMonths(from, whole));
  const hi = dayNumber(addMonths(from, whole + 1));
  return Math.round(whole + (dayNumber(to) - lo) / (hi - lo));
}

const endOfMonth = (year: number, month: number): DateParts => ({ year, month, day: daysInMonth(year, month) });
const fullYear = (y: string | undefined): number | undefined =>
  y === undefined ? undefined : y.length === 2 ? 2000 + Number(y) : Number(y);
const before = (a: DateParts, b: DateParts): boolean => dayNumber(a) < dayNumber(b);

/** The day a period of `months` months starting at `first` resolves to, given the edge word before it. */
function edgeOf(edge: string | undefined, year: number, firstMonth: number, months: number, prep = ''): DateParts {
  const e = (edge ?? '').replace(/\b(?:the|very|of)\b|-/g, '').trim();
  const last = addMonths({ year, month: firstMonth, day: 1 }, months - 1);
  if (e === 'start' || e === 'beginning') return { year, month: firstMonth, day: 1 };
  if (e === 'early') {
    if (months === 1) return { year, month: firstMonth, day: Math.min(10, daysInMonth(year, firstMonth)) };
    const early = addMonths({ year, month: firstMonth, day: 1 }, Math.max(0, Math.round(months / 4) - 1));
    return endOfMonth(early.year, early.month);
  }
  if (e === 'mid' || e === 'middle') {
    if (months === 1) return { year, month: firstMonth, day: 15 };
    const middle = addMonths({ year, month: firstMonth, day: 1 }, Math.max(0, Math.floor(months / 2) - 1));
    return endOfMonth(middle.year, middle.month);
  }
  if (/before\s*$/.test(prep) && e === '') return addDays({ year, month: firstMonth, day: 1 }, -1);
  return endOfMonth(last.year, last.month);
}

/** A candidate bound before the reference date is applied. */
interface Candidate {
  start: number;
  end: number;
  kind: TimeBound['kind'];
  resolve: (today: DateParts) => DateParts;
  span?: TimeSpan;
}

/** Resolves a period (quarter, half, month) whose year may be missing: the next one not yet over. */
function nextPeriod(year: number | undefined, resolveIn: (y: number) => DateParts, relative?: string): (today: DateParts) => DateParts {
  return (today) => {
    if (year !== undefined) return resolveIn(year);
    if (relative === 'next') return resolveIn(today.year + 1);
    if (relative === 'this') return resolveIn(today.year);
    const thisYear = resolveIn(today.year);
    return before(thisYear, today) ? resolveIn(today.year + 1) : thisYear;
  };
}

function spanCandidates(lower: string): Candidate[] {
  const out: Candidate[] = [];
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

function periodCandidates(lower: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (m: RegExpMatchArray, resolve: Candidate['resolve']) =>
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, kind: 'period', resolve });
  // A quarter or half with no edge, year or preposition names a thing ("the Q2 OKRs"), not a time.
  const labelOnly = (m: RegExpMatchArray) => {
    const g = m.groups ?? {};
    return !g.edge && !g.y && !g.y2 && !g.y0 && !g.ny && !PREP.test(lower.slice(Math.max(0, (m.index ?? 0) - 16), m.index));
  };
  // Quarters and halves: "end of Q2 2027", "H1", "the first half of next year".
  for (const [regex, months] of [
    [QUARTER_RE, 3],
    [HALF_RE, 6],
  ] as const) {
    for (const m of lower.matchAll(regex)) {
      if (labelOnly(m)) continue;
      const g = m.groups ?? {};
      const n = g.q ? Number(g.q) : g.h ? Number(g.h) : (ORDINALS[g.qw ?? g.hw ?? ''] ?? 1);
      push(
        m,
        nextPeriod(fullYear(g.y ?? g.y2 ?? g.y0), (y) => edgeOf(g.edge, y, (n - 1) * months + 1, months), g.ny),
      );
    }
  }
  for (const m of lower.matchAll(PERIOD_RE)) {
    const g = m.groups ?? {};
    const unit = (g.unit ?? g.unit2 ?? g.unit3 ?? g.end ?? { q: 'quarter', y: 'year', m: 'month' }[g.eo ?? 'q'] ?? 'quarter').replace(
      'fiscal ',
      '',
    );
    const ahead = /next|following|coming/.test(g.rel ?? g.rel2 ?? '') ? 1 : 0;
    const months = unit === 'quarter' ? 3 : unit === 'year' ? 12 : /half/.test(unit) ? 6 : 1;
    push(m, (today) => {
      const first = months === 1 ? today.month : Math.floor((today.month - 1) / months) * months + 1;
      const start = addMonths({ year: today.year, month: first, day: 1 }, ahead * months);
      return edgeOf(g.edge, start.year, start.month, months);
    });
  }
  for (const m of lower.matchAll(YEAR_RE)) {
    const g = m.groups ?? {};
    const year = fullYear(g.y ?? g.fy) ?? 0;
    const prep = g.prep ?? '';
    push(m, () =>
      g.mid ? { year, month: 6, day: 30 } : prep === 'before' ? { year: year - 1, month: 12, day: 31 } : edgeOf(g.edge, year, 1, 12),
    );
  }
  for (const m of lower.matchAll(MONTH_RE)) {
    const g = m.groups ?? {};
    const year = fullYear(g.y ?? g.y2);
    const prep = lower.slice(Math.max(0, (m.index ?? 0) - 16), m.index);
    if (!g.edge && year === undefined && !g.ny && !PREP.test(prep)) continue;
    const month = MONTHS[g.m ?? ''] ?? 1;
    push(
      m,
      nextPeriod(year, (y) => edgeOf(g.edge, y, month, 1, prep), g.ny),
    );
  }
  return out;
}

/** Day-level dates ("31 December 2026", "2027-03-31", "June 30th") read by chrono around their anchors. */
function dayCandidates(doc: Doc, today: DateParts | undefined): Candidate[] {
  const out: Candidate[] = [];
  const reference = today ? new Date(today.year, today.month - 1, today.day, 12) : new Date(2000, 0, 1, 12);
  let scanned = 0;
  let lastEnd = -1;
  for (const anchor of doc.lower.matchAll(DAY_ANCHOR)) {
    if (scanned++ >= MAX_CHRONO_WINDOWS) break;
    if (anchor.index < lastEnd) continue;
    const from = Math.max(0, anchor.index - 20);
    const window = doc.text.slice(from, Math.min(doc.text.length, anchor.index + anchor[0].length + 16));
    for (const r of chrono.en.parse(window, reference, { forwardDate: true })) {
      const start = from + r.index;
      const end = start + r.text.length;
      if (end <= anchor.index || start >= anchor.index + anchor[0].length) continue;
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const parts = { year: r.start.get('year') ?? 0, month: r.start.get('month') ?? 1, day: r.start.get('day') ?? 1 };
      out.push({ start, end, kind: 'day', resolve: () => parts });
      lastEnd = end;
    }
  }
  return out;
}

/**
 * Every time bound of the text, in order, resolved against `today` (`YYYY-MM-DD`). Overlapping
 * readings keep the day-level one, then the longest. Phrases such as "per week" or "the last
 * 30 days" are not bounds. An invalid `today` still finds the bounds, with null dates.
 */
export function findTimeBounds(doc: Doc, today: string): TimeBound[] {
  const ref = parseIsoDate(today);
  const days = dayCandidates(doc, ref);
  const others = [...spanCandidates(doc.lower), ...periodCandidates(doc.lower)].sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: Candidate[] = [...days];
  const used = new Uint8Array(doc.text.length + 1);
  for (const d of days) used.fill(1, d.start, d.end);
  for (const c of others) {
    if (used.subarray(c.start, c.end).includes(1)) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const date = ref ? c.resolve(ref) : undefined;
      const valid = date !== undefined && date.year > 0 && date.month >= 1 && date.month <= 12;
      return {
        start: c.start,
        end: c.end,
        kind: c.kind,
        deadline: valid ? formatIsoDate(date) : null,
        months: valid && ref ? monthsBetween(ref, date) : null,
        span: c.span ?? null,
      };
    });
}

/**
 * Phrases that sound like timing but bound nothing ("asap", "over time", "per week"), as spans;
 * those inside one of `bounds` ("a year" in "within a year") are left out.
 */
export function findNonBounds(doc: Doc, bounds: ReadonlyArray<{ start: number; end: number }> = []): Array<{ start: number; end: number }> {
  const inBound = new Uint8Array(doc.text.length + 1);
  for (const b of bounds) inBound.fill(1, b.start, b.end);
  return [...doc.lower.matchAll(NON_BOUND_RE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((s) => !inBound.subarray(s.start, s.end).includes(1));
}
