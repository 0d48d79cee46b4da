import { checkAsk } from '../../analysis/checks/ask/check-ask.js';
import type { CheckResult } from '../../analysis/engine/types.js';
import { AppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { dropUndefined } from '../records/create-record.js';
import { relationshipCircledBack } from '../relationships/has-circled-back.js';
import { checkStage, type LoggedMessage, logMessage } from '../relationships/log-message.js';
import { PASSED_VERDICT } from '../relationships/passed-check.js';
import { capacityOf, capacityReason, monthStart } from './capacity.js';
import { ensureColleagueRecords, relationshipFor } from './colleague-records.js';
import type { Conversation, InAppKind, InboxMessage, MentorOffer } from './schemas.js';

/** What the sender asked for. */
export interface SendInAppInput {
  /** The colleague's account id. */
  to: string;
  kind: InAppKind;
  body: string;
  subject?: string | undefined;
  /** The skill gap the ask serves (a first ask; later messages go on in the same relationship). */
  gapId?: string | undefined;
  /** Send even when the check fails: the sender has seen the findings. */
  sendAnyway?: boolean | undefined;
}

/** What sending did: held back by its check, or delivered and logged. */
export type SendInAppResult =
  | { sent: false; check: CheckResult<'pass' | 'revise'>; reason: string }
  | {
      sent: true;
      check: CheckResult<'pass' | 'revise'>;
      conversation: Conversation;
      message: InboxMessage;
      /** The message as logged in the sender's own history, and the relationship after it. */
      logged: LoggedMessage;
    };

/**
 * Sends a message to a colleague in the app (SPEC §1.4's loop, across people). The check for its
 * stage runs first: when it fails, nothing is sent and the findings come back, unless the sender
 * has seen them and sends anyway. Delivering it puts it in the colleague's inbox and logs it in
 * the sender's history as if sent by mail, in one transaction that does not run the check again:
 * the colleague is the sender's mentor record (made on the first ask), the message goes to the
 * relationship for its gap (else the conversation's), and it moves as any relationship does, so
 * the same order rules hold: first contact is an ask; an escalation or a backstage request comes
 * only after a circle-back that passed. A first ask needs the colleague to offer to mentor and
 * to have room this month; a backstage request needs them to accept those.
 */
export async function sendInApp(ctx: Context, input: SendInAppInput): Promise<SendInAppResult> {
  if (input.to === ctx.ws.userId) throw new AppError('invalid_input', 'You cannot send an ask to yourself');
  const [offer, conversation] = await Promise.all([ctx.ws.mentoring.offer(input.to), ctx.ws.mentoring.conversationWith(input.to)]);
  if (!offer && !conversation) throw new AppError('not_found', `No colleague with id ${input.to} offers to mentor`, { id: input.to });
  const name = offer?.name ?? (await otherName(ctx, conversation as Conversation));
  if (input.kind === 'ask') await refuseWithoutRoom(ctx, offer, name);
  if (input.kind === 'backstage' && !offer?.acceptsBackstage) {
    throw new AppError('conflict', `${name} does not accept backstage requests`);
  }
  const records = conversation ? await existingRecords(ctx.ws, conversation, input.gapId) : undefined;
  if (!records && input.kind !== 'ask') {
    throw new AppError('illegal_transition', `First contact is always a smallest ask: ask ${name} before sending a ${input.kind}`, {
      kind: input.kind,
    });
  }
  // The check runs before any write transaction, with what it needs of the relationship.
  const stage = checkStage[input.kind] ?? 'first-contact';
  const hasCircleBack = records?.relationshipId ? await relationshipCircledBack(ctx.ws, records.relationshipId) : false;
  const check = checkAsk(input.body, { stage, hasCircleBack });
  if (check.verdict !== PASSED_VERDICT && !input.sendAnyway) {
    return { sent: false, check, reason: 'The message fails its check: read the findings, then fix it or send it anyway' };
  }
  return ctx.ws.transaction(async (ws) => {
    const inner = { ...ctx, ws };
    // Room is counted again inside the transaction, so two mentees cannot both take the last place.
    if (input.kind === 'ask') await refuseWithoutRoom(inner, await ws.mentoring.offer(input.to), name, { hold: true });
    const ensured = await ensureColleagueRecords(inner, { colleagueId: input.to, name, offer, conversation, gapId: input.gapId });
    const logged = await logMessage(inner, {
      input: dropUndefined({ relationshipId: ensured.relationshipId, kind: input.kind, body: input.body, subject: input.subject }),
      checked: { circledBack: hasCircleBack, result: check },
    });
    const now = ctx.clock.now();
    const next: Conversation = { ...ensured.conversation, menteeRelationshipId: ensured.relationshipId, updatedAt: now };
    await ws.mentoring.saveConversation(next);
    const message: InboxMessage = {
      id: ctx.newId(),
      conversationId: next.id,
      fromUserId: ws.userId,
      toUserId: input.to,
      kind: input.kind,
      subject: input.subject ?? null,
      body: input.body,
      checkVerdict: logged.message.checkVerdict,
      checkScore: logged.message.checkScore,
      menteeMessageId: logged.message.id,
      sentAt: now,
      readAt: null,
    };
    await ws.mentoring.insertMessage(message);
    // Writing in a conversation reads what came before.
    await ws.mentoring.markRead(next.id, now);
    return { sent: true as const, check, conversation: next, message, logged };
  });
}

/** A first ask goes only to a colleague who offers to mentor and has room this month; `hold` (in a transaction) keeps the count until it commits. */
async function refuseWithoutRoom(ctx: Context, offer: MentorOffer | undefined, name: string, options = { hold: false }): Promise<void> {
  if (!offer) throw new AppError('conflict', `${name} no longer offers to mentor: no new ask can go to them`);
  const today = ctx.clock.today();
  if (options.hold) await ctx.ws.mentoring.holdOffer(offer.userId);
  const used = (await ctx.ws.mentoring.asksReceived([offer.userId], monthStart(today))).get(offer.userId) ?? 0;
  const capacity = capacityOf(offer, used, today);
  if (!capacity.available) throw new AppError('conflict', capacityReason(name, capacity), { roomFrom: capacity.roomFrom });
}

/**
 * The sender's mentor record of a conversation's colleague, when it still exists, and the
 * relationship a message for `gapId` goes to (`relationshipFor`): null when that relationship is
 * still to be made, so it has no circle-back yet.
 */
async function existingRecords(
  ws: Workspace,
  conversation: Conversation,
  gapId: string | undefined,
): Promise<{ relationshipId: string | null } | undefined> {
  const mentor = await ws.table('mentors').get(conversation.menteeMentorId);
  if (!mentor) return undefined;
  const relationships = await ws.table('relationships').list({ mentorId: mentor.id });
  return { relationshipId: relationshipFor(relationships, conversation, gapId)?.id ?? null };
}

async function otherName(ctx: Context, conversation: Conversation): Promise<string> {
  const [summary] = await ctx.ws.mentoring.conversations({ ids: [conversation.id] });
  return summary?.other.name ?? 'This colleague';
}
