import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';

/** Messages of the `vague-metric` rule. */
export const messages = {
  vague: (phrase: string) =>
    `"${phrase}" cannot be measured. Name the metric and the number, e.g. "NPS from 32 to 40" or "30-day retention up 5 points".`,
};

/** Warns about outcomes too vague to measure ("make users happier", "grow revenue significantly"). */
export const vagueMetric: Rule<GoalContext> = {
  id: 'vague-metric',
  description: 'Warns when the outcome is too vague to measure, such as "make users happier" or "significantly".',
  severity: 'warning',
  check(_doc, { analysis }) {
    // One finding per place: the longest of overlapping phrases ("the business" over "business").
    const kept: typeof analysis.vague = [];
    for (const v of [...analysis.vague].sort((a, b) => b.end - b.start - (a.end - a.start))) {
      if (!kept.some((k) => v.start < k.end && k.start < v.end)) kept.push(v);
    }
    return kept.sort((a, b) => a.start - b.start).map((v) => ({ start: v.start, end: v.end, message: messages.vague(v.phrase) }));
  },
};
