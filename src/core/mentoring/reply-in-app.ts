import { AppError, isAppError } from '../errors.js';
import type { Context } from '../ports.js';
import { parseInput } from '../records/parse-input.js';
import { logMessage } from '../relationships/log-message.js';
import { type Conversation, type InboxMessage, inAppReplyInput } from './schemas.js';

/** What replying did: the message delivered, and whether it is logged in the mentee's history. */
export interface RepliedInApp {
  conversation: Conversation;
  message: InboxMessage;
  /** False when the mentee's relationship takes no reply now (they set it aside or declined it). */
  loggedForMentee: boolean;
}

/**
 * The mentor answers a mentee in the app: the reply goes to the mentee's inbox and is logged in
 * the mentee's relationship as the mentor's reply, in one transaction, so the mentee's stage moves
 * (an ask becomes `replied`) and its advice can be captured, with nothing copied by hand. The
 * mentor writes only that reply there and reads nothing of the mentee's. When the mentee's
 * relationship takes no reply (they deleted it, or set it to declined), the reply is still
 * delivered. Only the conversation's mentor can reply: to anyone else it is `not_found`.
 */
export async function replyInApp(ctx: Context, options: { conversationId: string; input: unknown }): Promise<RepliedInApp> {
  const input = parseInput(inAppReplyInput, options.input, 'reply');
  const found = await ctx.ws.mentoring.conversation(options.conversationId);
  if (!found || found.mentorUserId !== ctx.ws.userId) {
    throw new AppError('not_found', `No conversation with id ${options.conversationId}`, { id: options.conversationId });
  }
  return ctx.ws.transaction(async (ws) => {
    const conversation = (await ws.mentoring.conversation(found.id)) as Conversation;
    const mentee = await ws.mentoring.menteeWorkspace(conversation.id);
    let menteeMessageId: string | null = null;
    if (mentee && (await mentee.table('relationships').get(conversation.menteeRelationshipId))) {
      try {
        const logged = await logMessage(
          { ...ctx, ws: mentee },
          { input: { relationshipId: conversation.menteeRelationshipId, kind: 'reply', body: input.body, subject: input.subject ?? null } },
        );
        menteeMessageId = logged.message.id;
      } catch (error) {
        // The mentee's relationship takes no reply now: it is delivered all the same.
        if (!isAppError(error) || error.code !== 'illegal_transition') throw error;
      }
    }
    const now = ctx.clock.now();
    const message: InboxMessage = {
      id: ctx.newId(),
      conversationId: conversation.id,
      fromUserId: ws.userId,
      toUserId: conversation.menteeUserId,
      kind: 'reply',
      subject: input.subject ?? null,
      body: input.body,
      checkVerdict: null,
      checkScore: null,
      menteeMessageId,
      sentAt: now,
      readAt: null,
    };
    await ws.mentoring.insertMessage(message);
    // Replying reads what was asked.
    await ws.mentoring.markRead(conversation.id, now);
    return { conversation: { ...conversation, updatedAt: now }, message, loggedForMentee: menteeMessageId !== null };
  });
}
