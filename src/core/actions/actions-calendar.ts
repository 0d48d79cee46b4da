import ical from 'ical-generator';
import type { Clock } from '../clock.js';
import { latest } from './loop-facts.js';
import { actionLabels, type NextAction } from './next-action.js';

/** The domain part of every event UID: `<action id>@understudy`. */
export const calendarUidDomain = 'understudy';

/**
 * Writes next actions as an iCalendar file (RFC 5545): one all-day event per action. The UID
 * is `<action id>@understudy`, and action ids depend only on the records they are about, so a
 * calendar that imports a later export updates its events instead of adding copies. An
 * overdue action is placed on `today`, where it is seen; DTSTAMP is the clock's time.
 */
export function actionsCalendar(ctx: { clock: Clock }, options: { actions: readonly NextAction[]; name?: string }): string {
  const today = ctx.clock.today();
  const calendar = ical({
    name: options.name ?? 'Understudy next actions',
    prodId: { company: 'understudy', product: 'next-actions', language: 'EN' },
  });
  const stamp = ctx.clock.now();
  for (const action of options.actions) {
    const day = latest([action.dueOn, today]) ?? today;
    calendar.createEvent({
      id: `${action.id}@${calendarUidDomain}`,
      start: day,
      allDay: true,
      stamp,
      summary: `${headline(action)}${action.overdue ? ' (overdue)' : ''}`,
      description: action.overdue ? `${action.reason} Due ${action.dueOn}.` : action.reason,
    });
  }
  return calendar.toString();
}

/** The reason up to its first colon outside quotes ("Circle back to Maya"), or the kind's label. */
function headline(action: NextAction): string {
  let quoted = false;
  for (let i = 0; i < action.reason.length && i < 100; i += 1) {
    const c = action.reason[i];
    if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === ':' && !quoted) return action.reason.slice(0, i);
  }
  return actionLabels[action.kind];
}
