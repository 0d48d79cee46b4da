import { horizonRange as range } from '../../../data/goal.js';
import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';
import { formatDay } from '../goal-wording.js';

/** Messages of the `horizon-range` rule. */
export const messages = {
  past: (date: string) => `The deadline ${date} has already passed. Set one ${range.min}–${range.max} months ahead.`,
  short: (months: number) =>
    `A horizon of ${months} month${months === 1 ? '' : 's'} is short for an outcome that proves mastery. Aim for ${range.min}–${range.max} months.`,
  long: (months: number) =>
    `A horizon of ${months} months is long. Pick a milestone ${range.min}–${range.max} months out and set the rest as the next goal.`,
};

/** Warns when the deadline lies outside the 3–6 month horizon of an outcome (SPEC §1.1); the verdict is unchanged. */
export const horizonRange: Rule<GoalContext> = {
  id: 'horizon-range',
  description: 'Warns when the horizon is shorter than 3 or longer than 6 months.',
  severity: 'warning',
  check(_doc, { analysis }) {
    const bound = analysis.bound;
    if (!bound || bound.months === null || bound.deadline === null) return [];
    const span = { start: bound.start, end: bound.end };
    if (bound.months < 0) return [{ ...span, message: messages.past(formatDay(bound.deadline)) }];
    if (bound.months < range.min) return [{ ...span, message: messages.short(bound.months) }];
    if (bound.months > range.max) return [{ ...span, message: messages.long(bound.months) }];
    return [];
  },
};
