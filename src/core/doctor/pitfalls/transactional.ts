import { mentorName } from '../../actions/loop-facts.js';
import { always, type MentorPitfall, type PlannedFinding } from '../pitfall.js';

/** Message kinds that ask a mentor for something. */
const askKinds: ReadonlySet<string> = new Set(['ask', 'escalation', 'backstage']);

/** How many asks to one mentor make the relationship look transactional. */
const threshold = 3;

/**
 * `transactional`: three or more asks (asks, escalations, backstage requests) to one mentor,
 * with no personal interest of theirs noted and nothing offered or given back.
 */
export const transactional: MentorPitfall = {
  id: 'transactional',
  description: 'Three or more asks to one mentor, with no personal interest noted and nothing offered back.',
  scope: 'mentor',
  plan(s) {
    const asks = new Map<string, string[]>();
    for (const m of s.messages) {
      if (m.direction !== 'out' || !askKinds.has(m.kind)) continue;
      const mentorId = s.relationshipsById.get(m.relationshipId)?.mentorId;
      if (!mentorId) continue;
      const list = asks.get(mentorId) ?? [];
      list.push(m.id);
      asks.set(mentorId, list);
    }
    const gave = new Set(s.giveBacks.map((g) => g.mentorId));
    const findings: PlannedFinding[] = [];
    for (const [mentorId, messageIds] of asks) {
      const mentor = s.mentorsById.get(mentorId);
      if (messageIds.length < threshold || !mentor || mentor.personalInterests.length > 0 || gave.has(mentorId)) continue;
      const who = mentorName(s, mentorId);
      findings.push({
        from: always,
        mentorId,
        finding: {
          pitfall: 'transactional',
          message: `You have asked ${who} for something ${messageIds.length} times, but noted no personal interest of theirs and given nothing back.`,
          fix: `Note what ${who} cares about beyond work, and offer something back (your write-up of the result, a useful link, an introduction); record it as a give-back.`,
          records: [{ entity: 'mentors', id: mentorId }, ...messageIds.map((id) => ({ entity: 'messages' as const, id }))],
        },
      });
    }
    return findings;
  },
};
