import type { Workspace } from '../ports.js';
import type { RowOf } from '../records/entities.js';
import { getRecord } from '../records/get-record.js';

/** One relationship with everything that happened in it, oldest first. */
export interface RelationshipHistory {
  relationship: RowOf<'relationships'>;
  /** The outcome the relationship serves, pinned on top of its history. */
  outcome: RowOf<'outcomes'> | null;
  transitions: RowOf<'transitions'>[];
  messages: RowOf<'messages'>[];
  advice: RowOf<'advice'>[];
  meetings: Array<RowOf<'meetings'> & { actionItems: RowOf<'actionItems'>[] }>;
}

/** A mentor with evidence, give-backs and the full history of each relationship. */
export interface MentorHistory {
  mentor: RowOf<'mentors'>;
  evidence: RowOf<'evidence'>[];
  giveBacks: RowOf<'giveBacks'>[];
  relationships: RelationshipHistory[];
}

/** Reads everything about one mentor, for the mentor page and `mentor show`. */
export async function getMentorHistory(ctx: { ws: Workspace }, options: { mentorId: string }): Promise<MentorHistory> {
  const { ws } = ctx;
  const mentor = await getRecord(ctx, { entity: 'mentors', id: options.mentorId });
  const relationships = await ws.table('relationships').list({ mentorId: mentor.id });
  return {
    mentor,
    evidence: await ws.table('evidence').list({ mentorId: mentor.id }),
    giveBacks: await ws.table('giveBacks').list({ mentorId: mentor.id }),
    relationships: await Promise.all(
      relationships.map(async (relationship) => {
        const meetings = await ws.table('meetings').list({ relationshipId: relationship.id });
        return {
          relationship,
          outcome: relationship.outcomeId ? ((await ws.table('outcomes').get(relationship.outcomeId)) ?? null) : null,
          transitions: await ws.table('transitions').list({ relationshipId: relationship.id }),
          messages: await ws.table('messages').list({ relationshipId: relationship.id }),
          advice: await ws.table('advice').list({ relationshipId: relationship.id }),
          meetings: await Promise.all(
            meetings.map(async (m) => ({ ...m, actionItems: await ws.table('actionItems').list({ meetingId: m.id }) })),
          ),
        };
      }),
    ),
  };
}
