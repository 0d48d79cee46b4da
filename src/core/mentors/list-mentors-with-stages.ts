import type { Workspace } from '../ports.js';
import type { Relationship } from '../relationships/schemas.js';
import type { Mentor } from './schemas.js';

/** A relationship with a mentor as a list of mentors shows it: where it stands in the loop and what it serves. */
export type MentorRelationship = Pick<Relationship, 'id' | 'stage' | 'stageSince' | 'gapId' | 'outcomeId'>;

/** A mentor with their relationships (one per skill gap), oldest first. */
export type MentorWithStages = Mentor & { relationships: MentorRelationship[] };

/**
 * Every mentor, in the mentors' order (by name), each with the stage of every relationship
 * with them. Reads each table once, whatever the number of mentors.
 */
export async function listMentorsWithStages(ctx: { ws: Workspace }): Promise<MentorWithStages[]> {
  const [mentors, relationships] = await Promise.all([ctx.ws.table('mentors').list(), ctx.ws.table('relationships').list()]);
  const byMentor = new Map<string, MentorRelationship[]>();
  for (const { id, mentorId, stage, stageSince, gapId, outcomeId } of relationships) {
    const list = byMentor.get(mentorId) ?? [];
    list.push({ id, stage, stageSince, gapId, outcomeId });
    byMentor.set(mentorId, list);
  }
  return mentors.map((mentor) => ({ ...mentor, relationships: byMentor.get(mentor.id) ?? [] }));
}
