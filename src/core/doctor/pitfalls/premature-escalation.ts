import { mentorName } from '../../actions/loop-facts.js';
import { passedCheck } from '../../relationships/passed-check.js';
import { always, type MentorPitfall, type PlannedFinding } from '../pitfall.js';

/**
 * `premature-escalation`: a relationship was escalated (a stage move, an escalation or a
 * backstage request) and holds no circle-back that passed its check (advice circled back
 * counts too). A circle-back that failed its check does not count: it named no advice or
 * reported no result. Circling back afterwards clears it.
 */
export const prematureEscalation: MentorPitfall = {
  id: 'premature-escalation',
  description: 'An escalation made before any circle-back on earlier advice.',
  scope: 'mentor',
  plan(s) {
    const findings: PlannedFinding[] = [];
    for (const rel of s.relationships) {
      const records = s.records(rel.id);
      const escalations: Array<{ date: string; entity: 'transitions' | 'messages'; id: string }> = [];
      let circledBack = records.advice.some((a) => a.circledBackOn !== null);
      for (const t of records.transitions) {
        if (t.toStage === 'escalated') escalations.push({ date: t.date, entity: 'transitions', id: t.id });
      }
      for (const m of records.messages) {
        if (m.kind === 'escalation' || m.kind === 'backstage') escalations.push({ date: m.sentOn, entity: 'messages', id: m.id });
        else if (m.kind === 'circle-back' && passedCheck(m)) circledBack = true;
      }
      if (escalations.length === 0 || circledBack) continue;
      const first = escalations.reduce((a, b) => (b.date < a.date ? b : a));
      const who = mentorName(s, rel.mentorId);
      findings.push({
        from: always,
        mentorId: rel.mentorId,
        finding: {
          pitfall: 'premature-escalation',
          message: `You escalated with ${who} on ${first.date} without a circle-back that passed its check (one that names their advice and reports its result).`,
          fix: `Circle back to ${who} first: say which advice you applied, where, and what happened, and thank them; escalate only once that loop is closed.`,
          records: [
            { entity: 'relationships', id: rel.id },
            { entity: 'mentors', id: rel.mentorId },
            ...escalations.map((e) => ({ entity: e.entity, id: e.id })),
          ],
        },
      });
    }
    return findings;
  },
};
