import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { dropUndefined } from '../records/create-record.js';
import { type LoggedMessage, logMessage } from './log-message.js';
import { relationshipForMentor } from './relationship-for-mentor.js';

/** What logging a message to a mentor did. */
export type LoggedMentorMessage = LoggedMessage;

/**
 * Logs a message sent to (or a reply from) a mentor, named by the mentor (and the skill gap when
 * they have several relationships): `logMessage` for that relationship, so a circle-back names
 * the advice it reports on and closes it only when its check passed. One transaction: the
 * message and every advice it closes, or nothing.
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
    force?: boolean | undefined;
  },
): Promise<LoggedMentorMessage> {
  const adviceIds = options.adviceIds ?? [];
  if (adviceIds.length > 0 && options.kind !== 'circle-back') {
    throw new AppError('invalid_input', `Only a circle-back reports on advice; a ${options.kind} closes none`);
  }
  const rel = await relationshipForMentor(ctx, { mentorId: options.mentorId, gapId: options.gapId });
  return logMessage(ctx, {
    input: dropUndefined({
      relationshipId: rel.id,
      kind: options.kind,
      body: options.body,
      subject: options.subject,
      sentOn: options.sentOn,
      adviceIds: adviceIds.length > 0 ? [...adviceIds] : undefined,
      force: options.force || undefined,
    }),
  });
}

/** The latest reply logged from a mentor: where advice is captured from when no message is named. */
export async function latestReplyId(ctx: Pick<Context, 'ws'>, options: { mentorId: string; gapId?: string | undefined }): Promise<string> {
  const rel = await relationshipForMentor(ctx, options);
  const reply = (await ctx.ws.table('messages').list({ relationshipId: rel.id, kind: 'reply' })).at(-1);
  if (!reply) throw new AppError('not_found', 'No reply from this mentor is logged yet: log it first, then capture its advice');
  return reply.id;
}
