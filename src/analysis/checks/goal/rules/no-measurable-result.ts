import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';
import { rewriteSkeleton } from '../goal-wording.js';

/** Messages of the `no-measurable-result` rule. */
export const messages = {
  metricWithoutNumber: (metric: string) =>
    `"${metric}" has no number. Say how far it should move: "by 10%", "by 5 points", "from 30% to 40%".`,
  deliverableWithoutCriterion: (deliverable: string) =>
    `"${deliverable}" has no completion criterion. Say who approves or adopts it, who it ships to, or how many you will ship.`,
  nothing: () =>
    'The goal names no metric with a change and no deliverable with a completion criterion. Name what will be measurably different.',
};

/**
 * Fails a goal with no measurable result: no named metric with a quantified change or target,
 * and no deliverable with a completion criterion or a count (SPEC §1.1). A statement that is
 * only an activity is left to `activity`.
 */
export const noMeasurableResult: Rule<GoalContext> = {
  id: 'no-measurable-result',
  description: 'Fails a goal that names neither a metric with a quantified change nor a deliverable with a completion criterion.',
  severity: 'error',
  check(doc, { analysis, today }) {
    if (analysis.measurable || analysis.activityOnly) return [];
    const suggestion = rewriteSkeleton(analysis, today);
    const first = analysis.outcomes[0];
    if (first?.kind === 'metric') return [{ ...first.metricSpan, message: messages.metricWithoutNumber(first.metric), suggestion }];
    if (first?.kind === 'deliverable') {
      return [{ ...first.deliverableSpan, message: messages.deliverableWithoutCriterion(first.deliverable), suggestion }];
    }
    return [{ ...wholeText(doc), message: messages.nothing(), suggestion }];
  },
};
