import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { getRecord } from '../records/get-record.js';
import { startRelationship } from '../relationships/start-relationship.js';
import type { Conversation, MentorOffer } from './schemas.js';

/**
 * Which of the mentee's relationships with a colleague a message goes to: the one for its gap,
 * or without a gap the conversation's (else the latest); undefined when it is still to be made.
 */
export function relationshipFor<R extends { id: string; gapId: string | null }>(
  relationships: readonly R[],
  conversation: Conversation | undefined,
  gapId: string | undefined,
): R | undefined {
  if (gapId) return relationships.find((r) => r.gapId === gapId);
  return relationships.find((r) => r.id === conversation?.menteeRelationshipId) ?? relationships.at(-1);
}

/** The mentee's records of a colleague mentor, and the conversation that names them. */
export interface ColleagueRecords {
  conversation: Conversation;
  relationshipId: string;
}

/**
 * Makes sure the mentee (the acting member) keeps a mentor record of a colleague and a
 * relationship for the gap the message serves, and names them in the conversation, which is made
 * on the first message. The record is made from the colleague's offer: their name, the skills
 * and tags as expertise, and the evidence they offer. A mentee who deleted the record gets a new
 * one. Without a gap, the conversation's relationship goes on. Call it inside the transaction
 * that logs the message; the conversation is saved by the caller.
 */
export async function ensureColleagueRecords(
  ctx: Context,
  options: {
    colleagueId: string;
    name: string;
    offer: MentorOffer | undefined;
    conversation: Conversation | undefined;
    gapId: string | undefined;
  },
): Promise<ColleagueRecords> {
  const { offer, conversation } = options;
  const gap = options.gapId ? await getRecord(ctx, { entity: 'gaps', id: options.gapId }) : undefined;
  let mentor = conversation ? await ctx.ws.table('mentors').get(conversation.menteeMentorId) : undefined;
  if (!mentor) {
    mentor = await createRecord(ctx, {
      entity: 'mentors',
      input: {
        name: options.name,
        expertise: offer ? [...offer.skills.map((s) => s.replace(/-/g, ' ')), ...offer.tags] : [],
        whereFound: 'A colleague on this team, offering to mentor in the app',
      },
    });
    for (const piece of offer?.evidence ?? []) {
      const note = piece.artifactId ? `A document they shared with the team${piece.note ? `: ${piece.note}` : ''}` : piece.note;
      await createRecord(ctx, { entity: 'evidence', input: { mentorId: mentor.id, criterion: piece.criterion, url: piece.url, note } });
    }
  }
  const relationships = await ctx.ws.table('relationships').list({ mentorId: mentor.id });
  let relationship = relationshipFor(relationships, conversation, gap?.id);
  relationship ??= await startRelationship(ctx, {
    input: { mentorId: mentor.id, gapId: gap?.id ?? null, outcomeId: gap?.outcomeId ?? null },
  });
  const now = ctx.clock.now();
  return {
    conversation: conversation
      ? { ...conversation, menteeMentorId: mentor.id, menteeRelationshipId: relationship.id }
      : {
          id: ctx.newId(),
          menteeUserId: ctx.ws.userId,
          mentorUserId: options.colleagueId,
          menteeMentorId: mentor.id,
          menteeRelationshipId: relationship.id,
          recordShared: false,
          createdAt: now,
          updatedAt: now,
        },
    relationshipId: relationship.id,
  };
}
