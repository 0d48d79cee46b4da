import type { NextAction } from './dashboard-records.js';

/** Actions due on one day, or all the overdue ones, under a heading. */
export interface ActionDay {
  key: string;
  label: string;
  actions: NextAction[];
}

const dayName = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** `2026-11-29` one day after `2026-11-28`, computed in UTC so no time zone shifts the day. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A due date as a heading: "Today", "Tomorrow", else the weekday and date. */
export function dayLabel(day: string, today: string): string {
  if (day === today) return 'Today';
  if (day === nextDay(today)) return 'Tomorrow';
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayName.format(date);
}

/** The group an action falls in: `overdue`, or the day it is due. */
export const dayKey = (action: NextAction, today: string): string => (action.overdue || action.dueOn < today ? 'overdue' : action.dueOn);

/**
 * Groups actions by the day they are due, overdue ones first in one group, keeping the order
 * the API gave within each group (it sorts by due date, then by how much each kind matters).
 */
export function groupByDay(actions: readonly NextAction[], today: string): ActionDay[] {
  const groups = new Map<string, ActionDay>();
  for (const action of actions) {
    const key = dayKey(action, today);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: key === 'overdue' ? 'Overdue' : dayLabel(key, today), actions: [] };
      groups.set(key, group);
    }
    group.actions.push(action);
  }
  return [...groups.values()].sort((a, b) => (a.key === 'overdue' ? -1 : b.key === 'overdue' ? 1 : a.key < b.key ? -1 : 1));
}
