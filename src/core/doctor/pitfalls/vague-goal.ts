import { checkGoal } from '../../../analysis/checks/goal/check-goal.js';
import { quote } from '../../actions/loop-facts.js';
import type { DoctorFinding, WorkspacePitfall } from '../pitfall.js';

/**
 * `vague-goal`: an active or draft outcome whose statement, checked again today, is not a
 * concrete goal. A draft was kept vague on purpose, and stays on the list until it is concrete.
 */
export const vagueGoal: WorkspacePitfall = {
  id: 'vague-goal',
  scope: 'workspace',
  description: 'An active or draft outcome that is not a concrete goal (measurable, time-bound, not an activity).',
  tables: ['outcomes'],
  find(s, today) {
    const findings: DoctorFinding[] = [];
    for (const outcome of s.outcomes) {
      if (outcome.status !== 'active' && outcome.status !== 'draft') continue;
      const result = checkGoal(outcome.statement, { today });
      if (result.verdict === 'concrete') continue;
      const errors = result.findings.filter((f) => f.severity === 'error');
      findings.push({
        pitfall: 'vague-goal',
        message: `The ${outcome.status} outcome ${quote(outcome.statement)} is not a concrete goal (${errors.map((f) => f.rule).join(', ')}).`,
        fix: `${errors.map((f) => f.message).join(' ')} Rewrite it as a 3–6 month outcome that proves mastery.`.trim(),
        records: [{ entity: 'outcomes', id: outcome.id }],
      });
    }
    return findings;
  },
};
