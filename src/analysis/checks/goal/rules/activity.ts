import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';
import { formatDay, suggestedDeadline } from '../goal-wording.js';

/** Messages of the `activity` rule. */
export const messages = {
  activity: (phrase: string) =>
    `"${phrase}" describes learning or effort, not a result. Name the outcome that would prove the skill: a metric you will move or an artifact someone will approve.`,
};

/**
 * Fails a goal that is only an activity or a personal aspiration — learning, reading, studying,
 * practising, bettering oneself, getting promoted — with no metric or deliverable (SPEC §1.1).
 */
export const activity: Rule<GoalContext> = {
  id: 'activity',
  description: 'Fails a goal that is only about learning, reading, studying or improving oneself, with no result.',
  severity: 'error',
  check(doc, { analysis, today }) {
    if (!analysis.activityOnly) return [];
    const first = analysis.activities[0];
    if (!first) return [];
    const date = analysis.outcome.deadline ? formatDay(analysis.outcome.deadline) : suggestedDeadline(today);
    return [
      {
        ...first,
        message: messages.activity(doc.text.slice(first.start, first.end)),
        suggestion: `Use what you learn to raise [metric] from [baseline] to [target] by ${date}`,
      },
    ];
  },
};
