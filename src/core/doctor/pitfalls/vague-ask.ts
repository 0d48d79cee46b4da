import { errorFindings, mentorName } from '../../actions/loop-facts.js';
import { always, type MentorPitfall, type PlannedFinding } from '../pitfall.js';

/** How each kind of message is named, and what a passing one does, for the finding's fix. */
const kinds: Record<string, { name: string; effect: string; fix: string }> = {
  ask: {
    name: 'ask',
    effect: '',
    fix: 'Make your next ask (or the one follow-up) a single specific question they can answer in two minutes, tied to something they made or said, and check it before sending.',
  },
  'follow-up': {
    name: 'follow-up',
    effect: '',
    fix: 'A follow-up is one short, warm line that restates the question, with no guilt and no new request; if this one got no reply either, let the relationship rest.',
  },
  'circle-back': {
    name: 'circle-back',
    effect: ': it closed no advice and does not count toward an escalation',
    fix: 'Circle back again: name the advice, where you applied it and what happened (a number or a learning), thank them, and log it with the advice named.',
  },
  escalation: {
    name: 'escalation',
    effect: '',
    fix: 'An escalation asks for about 15 minutes on one nuanced problem, with what you tried and the options you weigh.',
  },
  backstage: {
    name: 'backstage request',
    effect: '',
    fix: 'A backstage request asks to watch one bounded piece of work (a brainstorm, a first outline), with when and why.',
  },
};

/**
 * `vague-ask`: a message was sent although its check (kept when it was logged) failed — a
 * first-contact ask, a follow-up, a circle-back (which then closed nothing), an escalation or
 * a backstage request.
 */
export const vagueAsk: MentorPitfall = {
  id: 'vague-ask',
  description:
    'A message was sent that fails its check: an ask that is not one specific, two-minute question tied to their work, or a later message of the loop that misses what its stage needs.',
  scope: 'mentor',
  plan(s) {
    const findings: PlannedFinding[] = [];
    for (const m of s.messages) {
      const kind = kinds[m.kind];
      if (!kind || m.direction !== 'out' || m.checkVerdict === null || m.checkVerdict === 'pass') continue;
      const rel = s.relationshipsById.get(m.relationshipId);
      if (!rel) continue;
      const errors = errorFindings(m.checkResult);
      const rules = errors.length > 0 ? ` (${errors.map((e) => e.rule).join(', ')})` : '';
      findings.push({
        from: always,
        mentorId: rel.mentorId,
        finding: {
          pitfall: 'vague-ask',
          message: `Your ${kind.name} to ${mentorName(s, rel.mentorId)} of ${m.sentOn} failed its check${rules}${kind.effect}.`,
          fix: `${errors[0] ? `${errors[0].message} ` : ''}${kind.fix}`,
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
