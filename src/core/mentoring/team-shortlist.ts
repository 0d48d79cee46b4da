import {
  criterionReason,
  matchExpertise,
  type ShortlistEntry,
  shortlistLimit,
  shortlistMentors,
  shortlistScore,
} from '../mentors/shortlist-mentors.js';
import type { Colleague, Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Capacity } from './capacity.js';
import { capacityReason } from './capacity.js';
import { type DirectoryEntry, describeOffers } from './list-directory.js';

/** A colleague on a shortlist: ranked by the same formula as any mentor, with their capacity. */
export interface ColleagueEntry {
  colleague: Colleague;
  score: number;
  reasons: string[];
  capacity: Capacity;
  acceptsBackstage: boolean;
  /** Whether they offer office-hour slots. */
  officeHours: boolean;
  /** The reader's conversation with them, once one exists. */
  conversationId: string | null;
}

/** A colleague left off a shortlist because they have no room for a new ask, and when they will. */
export interface UnavailableColleague {
  colleague: Colleague;
  capacity: Capacity;
  reason: string;
}

/** A shortlist for a gap in a team: outside mentors and colleagues, in one ranking. */
export interface TeamShortlist {
  entries: Array<({ kind: 'mentor' } & ShortlistEntry) | ({ kind: 'colleague' } & ColleagueEntry)>;
  /** Colleagues who fit the gap but take no new ask now: never suggested, named with when they will have room. */
  unavailable: UnavailableColleague[];
}

/**
 * Ranks the reader's own mentors and the colleagues who offer to mentor, for one skill gap, by
 * the shortlist's one formula (`shortlistMentors`). A colleague's expertise is the skills and
 * tags they offer; their two scores are the reader's own (when the reader keeps a mentor record
 * of them from an earlier ask), else unknown; their evidence is what they offer. A colleague
 * fits when their expertise matches the gap at all. One at capacity is never suggested to a new
 * mentee: they are listed apart with the day they have room again. A colleague the reader is
 * already talking to stays on the list whatever their capacity, and the reader's mentor record
 * of them is not listed twice.
 */
export async function teamShortlist(ctx: Context, options: { gapId: string; limit?: number | undefined }): Promise<TeamShortlist> {
  const limit = shortlistLimit(options.limit);
  const gap = await getRecord(ctx, { entity: 'gaps', id: options.gapId });
  const [own, offers, talks] = await Promise.all([
    shortlistMentors(ctx, { gapId: gap.id, limit: 100 }),
    ctx.ws.mentoring.offers(),
    ctx.ws.mentoring.conversations(),
  ]);
  const asMentee = new Map(talks.filter((t) => t.role === 'mentee').map((t) => [t.other.id, t.conversation]));
  const colleagueRecords = new Set([...asMentee.values()].map((c) => c.menteeMentorId));
  const described = await describeOffers(
    ctx,
    offers.filter((o) => o.userId !== ctx.ws.userId),
  );
  const entries: TeamShortlist['entries'] = own.filter((e) => !colleagueRecords.has(e.mentor.id)).map((e) => ({ kind: 'mentor', ...e }));
  const unavailable: UnavailableColleague[] = [];
  for (const entry of described) {
    const conversation = asMentee.get(entry.colleague.id);
    const record = conversation ? own.find((e) => e.mentor.id === conversation.menteeMentorId)?.mentor : undefined;
    const ranked = rankColleague(entry, gap, record ?? null);
    if (!ranked) continue;
    if (!conversation && !entry.capacity.available) {
      unavailable.push({
        colleague: entry.colleague,
        capacity: entry.capacity,
        reason: capacityReason(entry.colleague.name, entry.capacity),
      });
      continue;
    }
    const reasons = [...ranked.reasons];
    reasons.push(conversation ? 'already in touch in the app' : capacityReason(entry.colleague.name, entry.capacity));
    entries.push({
      kind: 'colleague',
      colleague: entry.colleague,
      score: ranked.score,
      reasons,
      capacity: entry.capacity,
      acceptsBackstage: entry.offer.acceptsBackstage,
      officeHours: entry.offer.officeHours !== null,
      conversationId: conversation?.id ?? null,
    });
  }
  entries.sort(
    (a, b) =>
      Number(a.kind === 'mentor' && a.declined) - Number(b.kind === 'mentor' && b.declined) ||
      b.score - a.score ||
      nameOf(a).localeCompare(nameOf(b)),
  );
  return { entries: entries.slice(0, limit), unavailable };
}

function nameOf(entry: TeamShortlist['entries'][number]): string {
  return entry.kind === 'mentor' ? entry.mentor.name : entry.colleague.name;
}

/** A colleague's score and reasons for a gap, or undefined when nothing they offer fits it. */
function rankColleague(
  entry: DirectoryEntry,
  gap: Parameters<typeof matchExpertise>[1],
  record: { excellenceScore: number | null; explainingScore: number | null } | null,
): { score: number; reasons: string[] } | undefined {
  const tags = [...entry.offer.skills.map((s) => s.replace(/-/g, ' ')), ...entry.offer.tags];
  const expertise = matchExpertise(tags, gap);
  if (expertise.points === 0) return undefined;
  const excellence = entry.offer.evidence.filter((e) => e.criterion === 'excellence').length;
  const explaining = entry.offer.evidence.length - excellence;
  const score = shortlistScore({
    expertisePoints: expertise.points,
    excellenceScore: record?.excellenceScore ?? null,
    explainingScore: record?.explainingScore ?? null,
    evidence: entry.offer.evidence.length,
  });
  return {
    score,
    reasons: [
      `a colleague who offers to mentor ${entry.offer.skills.join(', ')}`,
      ...expertise.reasons,
      criterionReason('Proven Excellence', record?.excellenceScore ?? null, excellence),
      criterionReason('Explaining Power', record?.explainingScore ?? null, explaining),
    ],
  };
}
