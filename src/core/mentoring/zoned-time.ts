import { type Weekday, weekdays } from './schemas.js';

/*
 * Wall-clock time in an IANA time zone, read from the runtime's own time-zone data through
 * `Intl.DateTimeFormat`: what a mentor writes ("Thursdays at 09:30, Europe/Paris") and the
 * instants it stands for, summer time and all.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** What the clocks of `zone` show at the instant `ms`, written as the same fields read in UTC (milliseconds). */
function wallClock(zone: string, ms: number): number {
  const parts = formatterOf(zone).formatToParts(new Date(ms));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour') % 24, field('minute'), field('second'));
}

/** Minutes `zone` is ahead of UTC at the instant `ms` (Europe/Paris in summer: 120; America/New_York in winter: -300). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  return Math.round((wallClock(zone, ms) - Math.floor(ms / 1000) * 1000) / MINUTE);
}

/**
 * The instant, an ISO timestamp in UTC, at which the clocks of `zone` show `date` (`YYYY-MM-DD`)
 * at `time` (`HH:MM`). A time the clocks skip when they go forward is read with the offset in
 * force before the jump (02:30 on the night Paris moves to summer time is 03:30 summer time); a
 * time they show twice when they go back is its first showing.
 */
export function zonedToUtc(zone: string, date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const local = Date.UTC(year, month - 1, day, hour, minute);
  // The instant is within a day of the wall time read as UTC: the offsets a day either side
  // bracket any change of the clocks in between.
  const before = zoneOffsetMinutes(zone, local - DAY);
  const offsets = new Set([before, zoneOffsetMinutes(zone, local), zoneOffsetMinutes(zone, local + DAY)]);
  const shown = [...offsets]
    .map((offset) => local - offset * MINUTE)
    .filter((instant) => wallClock(zone, instant) === local)
    .sort((a, b) => a - b);
  return new Date(shown[0] ?? local - before * MINUTE).toISOString();
}

/** The date (`YYYY-MM-DD`) the clocks of `zone` show at the instant `iso`. */
export function zonedDate(zone: string, iso: string): string {
  return new Date(wallClock(zone, Date.parse(iso))).toISOString().slice(0, 10);
}

/** The weekday of a calendar date `YYYY-MM-DD`. */
export function weekdayOf(date: string): Weekday {
  return weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] as Weekday;
}
