import { loopDefaults } from '../../actions/loop-defaults.js';
import { daysFrom, quote } from '../../actions/loop-facts.js';
import type { DoctorFinding, WorkspacePitfall } from '../pitfall.js';

/** `stale-outcome`: an active outcome with no check-in for more than 30 days (counted from its creation when it has none). */
export const staleOutcome: WorkspacePitfall = {
  id: 'stale-outcome',
  scope: 'workspace',
  description: 'An active outcome with no check-in for 30 days.',
  tables: ['outcomes', 'checkins'],
  find(s, today) {
    const last = new Map<string, string>();
    for (const c of s.checkins) if ((last.get(c.outcomeId) ?? '') < c.date) last.set(c.outcomeId, c.date);
    const findings: DoctorFinding[] = [];
    for (const outcome of s.outcomes) {
      if (outcome.status !== 'active') continue;
      const checked = last.get(outcome.id);
      const since = checked ?? outcome.createdAt.slice(0, 10);
      const days = daysFrom(since, today);
      if (days <= loopDefaults.staleOutcomeAfter) continue;
      findings.push({
        pitfall: 'stale-outcome',
        message: `No check-in on ${quote(outcome.statement)} for ${days} days (${checked ? `last on ${checked}` : `set on ${since}`}).`,
        fix: 'Record a check-in: the current value, a short note on what changed and how confident you are of reaching it.',
        records: [{ entity: 'outcomes', id: outcome.id }],
      });
    }
    return findings;
  },
};
