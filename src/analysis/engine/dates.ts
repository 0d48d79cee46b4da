/**
 * Time bounds in a text, resolved against a reference date: relative spans ("within six
 * months", "in 90 days", "within two quarters"), period ends ("by end of Q2", "end of next
 * quarter", "by the end of the year", "end of 2027", "H1 2027"), months ("by March 2027", "end
 * of April 2027") and days ("31 December 2026", "2027-03-31", via chrono-node). Spans and
 * period ends are read in `relative-spans.ts` and `period-ends.ts`, the dates counted in
 * `calendar.ts`; chrono loads with this module and nowhere else.
 */
import * as chrono from 'chrono-node';
import { unboundedTimingPhrases } from '../data/language.js';
import { type DateParts, formatIsoDate, monthsBetween, parseIsoDate } from './calendar.js';
import { MONTH_ALT, periodCandidates } from './period-ends.js';
import { phraseRegex } from './phrase-regex.js';
import { spanCandidates } from './relative-spans.js';
import { B, E, type TimeCandidate, type TimeSpan } from './time-candidate.js';
import type { Doc } from './types.js';

/** One time bound of a text: where it is, the deadline it names and how far away it is. */
export interface TimeBound {
  start: number;
  end: number;
  /** How it was written: a relative span, a period end (quarter, half, year, month) or a day. */
  kind: TimeCandidate['kind'];
  /** The deadline (ISO `YYYY-MM-DD`); null when the reference date is not a valid date. */
  deadline: string | null;
  /** Months from the reference date to the deadline, rounded to the nearest whole month. */
  months: number | null;
  /** The relative span, for `kind: 'span'`. */
  span: TimeSpan | null;
}

const DAY_ANCHOR = new RegExp(`${B}(?:${MONTH_ALT})${E}|${B}\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}${E}`, 'gu');
const NON_BOUND_RE = phraseRegex(unboundedTimingPhrases);
/** At most this many windows go to chrono, so a text full of month names stays fast. */
const MAX_CHRONO_WINDOWS = 12;

/** Day-level dates ("31 December 2026", "2027-03-31", "June 30th") read by chrono around their anchors. */
function dayCandidates(doc: Doc, today: DateParts | undefined): TimeCandidate[] {
  const out: TimeCandidate[] = [];
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
  const taken: TimeCandidate[] = [...days];
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
