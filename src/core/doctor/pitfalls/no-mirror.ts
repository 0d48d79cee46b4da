import { feedbackSince } from '../../actions/growth-actions.js';
import { loopDefaults } from '../../actions/loop-defaults.js';
import { daysFrom, quote } from '../../actions/loop-facts.js';
import type { DoctorFinding, WorkspacePitfall } from '../pitfall.js';

/**
 * `no-mirror`: an active EQ gap with no feedback request for more than 30 days (counted from
 * when the gap was named when there was none). A request tied to no gap counts for every EQ gap.
 */
export const noMirror: WorkspacePitfall = {
  id: 'no-mirror',
  scope: 'workspace',
  description: 'An EQ skill gap with no feedback request in 30 days.',
  tables: ['gaps', 'feedbackRequests'],
  find(s, today) {
    const findings: DoctorFinding[] = [];
    const since = feedbackSince(s);
    for (const gap of s.gaps) {
      if (gap.status !== 'active' || gap.category !== 'eq') continue;
      const { date, asked } = since(gap);
      const days = daysFrom(date, today);
      if (days <= loopDefaults.feedbackEvery) continue;
      findings.push({
        pitfall: 'no-mirror',
        message: `No feedback request on your ${gap.skill} gap ${quote(gap.statement)} for ${days} days (${asked ? `last on ${date}` : `named on ${date}`}).`,
        fix: 'Ask someone who saw you in a recent meeting one specific, subjective question: “During <event>, did I come across as <A> or <B>?”',
        records: [{ entity: 'gaps', id: gap.id }],
      });
    }
    return findings;
  },
};
