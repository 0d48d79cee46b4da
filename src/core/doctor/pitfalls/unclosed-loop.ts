import { mentorName, openLoops, quote, shiftDays, whyStillOpen } from '../../actions/loop-facts.js';
import type { DoctorFinding, MentorPitfall, PlannedFinding } from '../pitfall.js';

/**
 * `unclosed-loop`: advice applied and not circled back within 7 days of applying it, or
 * received and neither applied nor circled back within 14 days (a relationship moved to
 * `applied` with no advice recorded counts as applied advice). Due on the last day, found the
 * day after. When a circle-back named the advice and still did not close it (its check failed,
 * or no result was recorded), the finding says so.
 */
export const unclosedLoop: MentorPitfall = {
  id: 'unclosed-loop',
  description: 'Advice was applied or received and the loop was not closed with a circle-back in time.',
  scope: 'mentor',
  plan(s) {
    const findings: PlannedFinding[] = [];
    for (const loop of openLoops(s)) {
      const rel = loop.relationship;
      const who = mentorName(s, rel.mentorId);
      const records = [
        ...(loop.advice ? [{ entity: 'advice' as const, id: loop.advice.id }] : []),
        { entity: 'relationships' as const, id: rel.id },
        { entity: 'mentors' as const, id: rel.mentorId },
      ];
      const advice = loop.advice ? `${who}’s advice ${quote(loop.advice.text)}` : `${who}’s advice`;
      const why = loop.advice ? whyStillOpen(loop.advice, s.records(rel.id)) : null;
      const finding: DoctorFinding =
        loop.kind === 'circle-back'
          ? {
              pitfall: 'unclosed-loop',
              message: why
                ? `You applied ${advice} on ${loop.since}; ${why}. The circle-back was due by ${loop.dueOn}.`
                : `You applied ${advice} on ${loop.since} and have not circled back; it was due by ${loop.dueOn}.`,
              fix: `${loop.advice && loop.advice.result === null ? 'Record its result, then circle' : 'Circle'} back to ${who}: name the advice, where you applied it, what happened (a number or a learning) and thank them; log that message with the advice named, and it closes the loop once its check passes.`,
              records,
            }
          : {
              pitfall: 'unclosed-loop',
              message: `${advice.charAt(0).toUpperCase()}${advice.slice(1)}, received ${loop.since}, is neither applied nor circled back; it was due by ${loop.dueOn}.`,
              fix: `Apply it and record the day and where you did; if it does not fit your situation, tell ${who} why, or remove it from the advice log if it is not advice.`,
              records,
            };
      findings.push({ from: shiftDays(loop.dueOn, 1), mentorId: rel.mentorId, finding });
    }
    return findings;
  },
};
