import { suggestedHorizonMonths } from '../../data/goal.js';
import { addMonths, daysInMonth, parseIsoDate } from '../../engine/calendar.js';
import type { GoalAnalysis } from './goal-types.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An ISO date written for people ("31 March 2027"); the input unchanged when it is not a date. */
export function formatDay(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}` : iso;
}

/** A deadline to suggest: the end of the month `suggestedHorizonMonths` after `today`, or "[date]". */
export function suggestedDeadline(today: string): string {
  const d = parseIsoDate(today);
  if (!d) return '[date]';
  const ahead = addMonths({ ...d, day: 1 }, suggestedHorizonMonths);
  return formatDay(
    `${ahead.year}-${String(ahead.month).padStart(2, '0')}-${String(daysInMonth(ahead.year, ahead.month)).padStart(2, '0')}`,
  );
}

/**
 * A rewrite skeleton built from what the statement already says: "Raise [metric] from
 * [baseline] to [target] by [date]" for a metric, "Get [deliverable] approved by [who] by
 * [date]" for a deliverable, "Launch [deliverable] to [who it is for] by [date]" for a launch.
 * Known parts are filled in; the rest stay bracketed.
 */
export function rewriteSkeleton(analysis: GoalAnalysis, today: string): string {
  const o = analysis.outcome;
  const date = o.deadline ? formatDay(o.deadline) : suggestedDeadline(today);
  const first = analysis.outcomes[0];
  if (first?.kind === 'deliverable' && first.launchVerb) {
    const verb = first.launchVerb.charAt(0).toUpperCase() + first.launchVerb.slice(1).toLowerCase();
    return `${verb} ${first.deliverable} to [who it is for] by ${date}`;
  }
  if (o.kind === 'deliverable') return `Get ${o.deliverable ?? '[deliverable]'} approved by [who] by ${date}`;
  const verb = o.direction === 'down' ? 'Reduce' : 'Raise';
  const baseline = o.baseline ?? '[baseline]';
  const target = o.target ?? '[target]';
  return `${verb} ${o.metric ?? '[metric]'} from ${baseline} to ${target} by ${date}`;
}
