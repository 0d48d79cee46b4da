import { wholeText } from '../../../engine/positions.js';
import type { Rule } from '../../../engine/types.js';
import type { GoalContext } from '../goal-types.js';
import { suggestedDeadline } from '../goal-wording.js';

/** Messages of the `no-deadline` rule. */
export const messages = {
  notABound: (phrase: string, date: string) =>
    `"${phrase}" is not a deadline. Give a date or a horizon 3–6 months out, such as "by ${date}" or "within four months".`,
  missing: (date: string) => `The goal has no deadline. Add one 3–6 months out, such as "by ${date}" or "within four months".`,
};

/**
 * Fails a goal that is not time-bound: no horizon ("within six months") and no deadline ("by
 * end of Q2"). Timing words that bound nothing ("asap", "eventually", "per week") are pointed out.
 */
export const noDeadline: Rule<GoalContext> = {
  id: 'no-deadline',
  description: 'Fails a goal with no horizon or deadline; "asap", "eventually" and "per week" do not count.',
  severity: 'error',
  check(doc, { analysis, today }) {
    if (analysis.bound) return [];
    const date = suggestedDeadline(today);
    const whole = wholeText(doc);
    const suggestion = `${doc.text.slice(whole.start, whole.end).replace(/[.!\s]+$/, '')} by ${date}.`;
    const vague = analysis.nonBounds[0];
    if (vague) return [{ ...vague, message: messages.notABound(doc.text.slice(vague.start, vague.end), date), suggestion }];
    return [{ ...whole, message: messages.missing(date), suggestion }];
  },
};
