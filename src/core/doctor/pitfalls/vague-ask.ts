import { mentorName } from '../../actions/loop-facts.js';
import { always, type MentorPitfall, type PlannedFinding } from '../pitfall.js';

/** The error findings a stored check result holds. */
function errorsOf(checkResult: unknown): Array<{ rule: string; message: string }> {
  const findings = (checkResult as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) return [];
  return findings.filter(
    (f): f is { rule: string; message: string } => f?.severity === 'error' && typeof f.rule === 'string' && typeof f.message === 'string',
  );
}

/** `vague-ask`: a first-contact ask was sent although its check (kept when it was logged) failed. */
export const vagueAsk: MentorPitfall = {
  id: 'vague-ask',
  description: 'An ask was sent that fails its check: not one specific, two-minute question tied to their work.',
  scope: 'mentor',
  plan(s) {
    const findings: PlannedFinding[] = [];
    for (const m of s.messages) {
      if (m.kind !== 'ask' || m.direction !== 'out' || m.checkVerdict === null || m.checkVerdict === 'pass') continue;
      const rel = s.relationshipsById.get(m.relationshipId);
      if (!rel) continue;
      const errors = errorsOf(m.checkResult);
      const rules = errors.length > 0 ? ` (${errors.map((e) => e.rule).join(', ')})` : '';
      findings.push({
        from: always,
        mentorId: rel.mentorId,
        finding: {
          pitfall: 'vague-ask',
          message: `Your ask to ${mentorName(s, rel.mentorId)} of ${m.sentOn} failed its check${rules}.`,
          fix: `${errors[0] ? `${errors[0].message} ` : ''}Make your next ask (or the one follow-up) a single specific question they can answer in two minutes, tied to something they made or said, and check it before sending.`,
          records: [
            { entity: 'messages', id: m.id },
            { entity: 'mentors', id: rel.mentorId },
          ],
        },
      });
    }
    return findings;
  },
};
