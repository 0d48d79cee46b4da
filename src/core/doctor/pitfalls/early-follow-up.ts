import { loopDefaults } from '../../actions/loop-defaults.js';
import { daysFrom, mentorName, shiftDays } from '../../actions/loop-facts.js';
import { always, type MentorPitfall, type PlannedFinding } from '../pitfall.js';

/**
 * `early-follow-up`: a follow-up was sent before the wait after the ask it nudges (SPEC §1.4,
 * 10 days by default) — logging one needs `force`, and the doctor keeps saying so, since a
 * nudge that comes too soon reads as pressure.
 */
export const earlyFollowUp: MentorPitfall = {
  id: 'early-follow-up',
  description: `A follow-up sent fewer than ${loopDefaults.followUpAfterAsk} days after the ask it nudges.`,
  scope: 'mentor',
  plan(s) {
    const findings: PlannedFinding[] = [];
    for (const rel of s.relationships) {
      let ask: { sentOn: string } | null = null;
      for (const m of s.records(rel.id).messages) {
        if (m.kind === 'ask') ask = m;
        if (m.kind !== 'follow-up' || !ask) continue;
        const possibleOn = shiftDays(ask.sentOn, loopDefaults.followUpAfterAsk);
        if (m.sentOn >= possibleOn) continue;
        const who = mentorName(s, rel.mentorId);
        const days = daysFrom(ask.sentOn, m.sentOn);
        findings.push({
          from: always,
          mentorId: rel.mentorId,
          finding: {
            pitfall: 'early-follow-up',
            message: `You followed up with ${who} on ${m.sentOn}, ${days === 1 ? '1 day' : `${days} days`} after your ask of ${ask.sentOn}; the wait is ${loopDefaults.followUpAfterAsk} days (until ${possibleOn}).`,
            fix: `Give a mentor ${loopDefaults.followUpAfterAsk} days to answer before one polite follow-up; if it gets no reply either, let the relationship rest (dormant) instead of nudging again.`,
            records: [
              { entity: 'messages', id: m.id },
              { entity: 'mentors', id: rel.mentorId },
            ],
          },
        });
      }
    }
    return findings;
  },
};
