import { maxStatementChars } from '../../data/goal.js';
import { resultOf, runRules } from '../../engine/run-rules.js';
import { parseText } from '../../engine/text.js';
import type { CheckResult } from '../../engine/types.js';
import { analyseGoal } from './extract-outcome.js';
import { goalRules } from './goal-rules.js';
import type { GoalOutcome } from './goal-types.js';

/** The extracted fields, re-exported for callers of the check. */
export type { GoalChange, GoalOutcome } from './goal-types.js';

/**
 * Checks a goal statement (SPEC §1.1): `concrete` iff it has a measurable result, is
 * time-bound and is not only an activity; warnings never change the verdict. Returns the
 * extracted fields as `outcome`. `today` (`YYYY-MM-DD`) resolves relative deadlines. Pure and
 * synchronous; never throws on any text. A goal is short: the outcome is read from the first
 * `maxStatementChars` characters, which keeps the check fast on any input.
 */
export function checkGoal(text: string, options: { today: string }): CheckResult<'concrete' | 'vague'> & { outcome: GoalOutcome } {
  const doc = parseText(text);
  const statement = text.length > maxStatementChars ? parseText(text.slice(0, maxStatementChars)) : doc;
  const analysis = analyseGoal(statement, options.today);
  const findings = runRules('goal', statement, goalRules, { today: options.today, analysis });
  return { ...resultOf(doc, findings, { pass: 'concrete', fail: 'vague' }), outcome: analysis.outcome };
}
