/**
 * Time as core sees it. Core never reads the system clock: the edge builds a clock and passes
 * it in, so `--today` can fix the reference date for deadlines and reminders.
 */
export interface Clock {
  /** The reference date, `YYYY-MM-DD`. */
  today(): string;
  /** An ISO timestamp for `createdAt`/`updatedAt`; on a fixed clock it falls on `today()`. */
  now(): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Builds the clock for one process. `fixedToday` (from `--today`) pins the date; the time of
 * day still advances so timestamps keep their order.
 */
export function createClock(fixedToday?: string, source: () => Date = () => new Date()): Clock {
  if (fixedToday !== undefined && !isIsoDate(fixedToday)) {
    throw new RangeError(`not a date written YYYY-MM-DD: ${fixedToday}`);
  }
  return {
    today: () => fixedToday ?? localDate(source()),
    now: () => {
      const real = source().toISOString();
      return fixedToday ? `${fixedToday}${real.slice(10)}` : real;
    },
  };
}

function localDate(d: Date): string {
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${month}-${day}`;
}
