import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';

/** Messages of the `several-outcomes` rule. */
export const messages = {
  several: (count: number) =>
    `This goal holds ${count} outcomes. One goal should prove one thing: keep the outcome that matters most and make the others separate goals.`,
};

/** Warns when one statement holds several outcomes ("increase activation by 10% and reduce churn by 5%"). */
export const severalOutcomes: Rule<GoalContext> = {
  id: 'several-outcomes',
  description: 'Warns when one goal statement holds several outcomes.',
  severity: 'warning',
  check(_doc, { analysis }) {
    const [first, second] = analysis.outcomes;
    if (second) return [{ start: second.start, end: second.end, message: messages.several(analysis.outcomes.length) }];
    if (first?.kind === 'metric' && first.coordinated) {
      const metrics = 1 + (first.metric.match(/,|\band\b|&|\bor\b|\bplus\b/g)?.length ?? 0);
      return [{ ...first.coordinated, message: messages.several(Math.max(2, metrics)) }];
    }
    return [];
  },
};
