import { addDays } from '../clock.js';
import type { Context, Workspace } from '../ports.js';

/** The days of the demo, counted from the day it is loaded (negative offsets are in the past). */
export interface DemoCalendar {
  /** The date `offset` days from today. */
  day(offset: number): string;
  /** A context whose clock stands on that day, so a step is written as if logged when it happened. */
  on(offset: number): Context;
  /** Adds whole months to a date, keeping the day where the month allows. */
  months(date: string, n: number): string;
}

/**
 * The calendar the demo's steps are written with: every record is dated back from today, so
 * reminders and the doctor see a live workspace whatever day the demo is loaded; all steps
 * write through `ws`, the demo's one transaction.
 */
export function demoCalendar(ctx: Context, ws: Workspace): DemoCalendar {
  const today = ctx.clock.today();
  const day = (offset: number) => addDays(today, offset);
  return {
    day,
    on: (offset) => ({ ...ctx, ws, clock: { today: () => day(offset), now: () => `${day(offset)}T09:00:00.000Z` } }),
    months(date, n) {
      const d = new Date(`${date}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + n);
      return d.toISOString().slice(0, 10);
    },
  };
}
