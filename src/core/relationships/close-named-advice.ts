import { AppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { passedCheck } from './passed-check.js';
import type { Advice, Message, Relationship } from './schemas.js';

/** What a circle-back did to the advice it named. */
export interface NamedAdvice {
  /** Each piece the message named, as it stands after the message. */
  advice: Advice[];
  /** How many of them it closed. */
  closed: number;
}

/**
 * Links a logged circle-back to each piece of advice it names, inside the caller's
 * transaction, and closes a piece (`circledBackOn`, the message's date) only when the message
 * passed its check and the piece's result is recorded: the loop closes by reporting a result,
 * not by saying so. Advice from another relationship, not yet applied, already circled back or
 * applied after the message's date is refused, and nothing of the log is written.
 */
export async function closeNamedAdvice(
  ctx: Pick<Context, 'clock'> & { ws: Workspace },
  options: { relationship: Relationship; message: Message; adviceIds: readonly string[] },
): Promise<NamedAdvice> {
  const { relationship, message } = options;
  const named: Advice[] = [];
  let closed = 0;
  for (const adviceId of new Set(options.adviceIds)) {
    const advice = await getRecord(ctx, { entity: 'advice', id: adviceId });
    const refuse = (why: string): never => {
      throw new AppError('illegal_transition', why, { adviceId });
    };
    if (advice.relationshipId !== relationship.id) {
      throw new AppError('invalid_input', `Advice ${adviceId} came from another relationship, not from this mentor`);
    }
    if (advice.appliedOn === null) refuse(`Apply the advice “${advice.text}” before circling back about it`);
    if (advice.circledBackOn !== null) refuse(`You already circled back about “${advice.text}” on ${advice.circledBackOn}`);
    if (message.sentOn < (advice.appliedOn as string)) {
      refuse(`A circle-back of ${message.sentOn} cannot report on advice applied later (${advice.appliedOn})`);
    }
    const closes = passedCheck(message) && advice.result !== null;
    const changes = { circleBackMessageId: message.id, updatedAt: ctx.clock.now(), ...(closes ? { circledBackOn: message.sentOn } : {}) };
    await ctx.ws.table('advice').update(advice.id, changes);
    named.push({ ...advice, ...changes });
    if (closes) closed += 1;
  }
  return { advice: named, closed };
}
