/** Calendar dates as numbers: reading and writing `YYYY-MM-DD`, and adding months and days. */

/** A calendar date as numbers (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

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

/** The last day of a month of a year (month 1–12). */
export const endOfMonth = (year: number, month: number): DateParts => ({ year, month, day: daysInMonth(year, month) });
/** True when `a` is a day before `b`. */
export const isBefore = (a: DateParts, b: DateParts): boolean => dayNumber(a) < dayNumber(b);
