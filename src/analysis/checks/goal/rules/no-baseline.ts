import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';

/** Messages of the `no-baseline` rule. */
export const messages = {
  missing: (metric: string) => `Say where ${metric} stands today. "From X to Y" lets you check the change.`,
};

/** Warns when a metric goal states a change but not where the metric starts ("by 15%" of what?). */
export const noBaseline: Rule<GoalContext> = {
  id: 'no-baseline',
  description: 'Warns when a metric goal states a change without the current value of the metric.',
  severity: 'warning',
  check(_doc, { analysis }) {
    return analysis.outcomes.flatMap((o) =>
      o.kind === 'metric' && o.change !== null && o.baseline === null
        ? [
            {
              ...o.metricSpan,
              message: messages.missing(o.metric),
              suggestion: `${o.direction === 'down' ? 'Reduce' : 'Raise'} ${o.metric} from [today's value] to [target]`,
            },
          ]
        : [],
    );
  },
};
