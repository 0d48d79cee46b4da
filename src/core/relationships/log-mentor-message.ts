import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { dropUndefined } from '../records/create-record.js';
import { getRecord } from '../records/get-record.js';
import { circledBack } from './circle-back-advice.js';
import { logMessage } from './log-message.js';
import { relationshipForMentor } from './relationship-for-mentor.js';
import type { Advice, Message, Relationship } from './schemas.js';

/** What logging a message to a mentor did. */
export interface LoggedMentorMessage {
  message: Message;
  /** The relationship after the message (and its stage move, if any). */
  relationship: Relationship;
  /** The advice a circle-back closed, when it named any. */
  advice?: Advice[];
}

/**
 * Logs a message sent to (or a reply from) a mentor, named by the mentor (and the skill gap when
 * they have several relationships), and for a circle-back marks each piece of advice it reports
 * on as circled back. One transaction: the message and every advice it closes, or nothing.
 * Advice from another mentor is refused as such, before any rule about its own state.
 */
export async function logMentorMessage(
  ctx: Context,
  options: {
    mentorId: string;
    gapId?: string | undefined;
    kind: string;
    body: string;
    subject?: string | undefined;
    sentOn?: string | undefined;
    adviceIds?: readonly string[] | undefined;
  },
): Promise<LoggedMentorMessage> {
  const adviceIds = options.adviceIds ?? [];
  if (adviceIds.length > 0 && options.kind !== 'circle-back') {
    throw new AppError('invalid_input', `Only a circle-back reports on advice; a ${options.kind} closes none`);
  }
  return ctx.ws.transaction(async (ws) => {
    const inner = { ...ctx, ws };
    const rel = await relationshipForMentor(inner, { mentorId: options.mentorId, gapId: options.gapId });
    const logged = await logMessage(inner, {
      input: dropUndefined({
        relationshipId: rel.id,
        kind: options.kind,
        body: options.body,
        subject: options.subject,
        sentOn: options.sentOn,
      }),
    });
    const advice: Advice[] = [];
    for (const adviceId of adviceIds) {
      if ((await getRecord(inner, { entity: 'advice', id: adviceId })).relationshipId !== rel.id) {
        throw new AppError('invalid_input', `Advice ${adviceId} came from another relationship, not from this mentor`);
      }
      advice.push((await circledBack(inner, { adviceId, on: logged.message.sentOn })).advice);
    }
    const relationship = await getRecord(inner, { entity: 'relationships', id: rel.id });
    return { ...logged, relationship, ...(adviceIds.length > 0 ? { advice } : {}) };
  });
}

/** The latest reply logged from a mentor: where advice is captured from when no message is named. */
export async function latestReplyId(ctx: Pick<Context, 'ws'>, options: { mentorId: string; gapId?: string | undefined }): Promise<string> {
  const rel = await relationshipForMentor(ctx, options);
  const reply = (await ctx.ws.table('messages').list({ relationshipId: rel.id, kind: 'reply' })).at(-1);
  if (!reply) throw new AppError('not_found', 'No reply from this mentor is logged yet: log it first, then capture its advice');
  return reply.id;
}
