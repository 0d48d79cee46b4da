import type { Rule } from '../../engine/types.js';
import type { GoalContext } from './goal-types.js';
import { activity } from './rules/activity.js';
import { horizonRange } from './rules/horizon-range.js';
import { noBaseline } from './rules/no-baseline.js';
import { noDeadline } from './rules/no-deadline.js';
import { noMeasurableResult } from './rules/no-measurable-result.js';
import { severalOutcomes } from './rules/several-outcomes.js';
import { vagueMetric } from './rules/vague-metric.js';

/** The rules of the goal check (SPEC §1.1), sorted by id. */
export const goalRules: readonly Rule<GoalContext>[] = [
  activity,
  horizonRange,
  noBaseline,
  noDeadline,
  noMeasurableResult,
  severalOutcomes,
  vagueMetric,
];
