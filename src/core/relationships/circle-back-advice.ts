import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { applyMove } from './move-relationship.js';
import { passedCheck } from './passed-check.js';
import type { Advice, Relationship } from './schemas.js';

/**
 * Closes the loop on a piece of advice whose circle-back was logged before its result was:
 * the advice is applied, its result is now recorded, and a logged circle-back message that
 * passed its check named it. The advice is circled back on that message's date, and a
 * relationship at `applied` moves to `circled-back`. Everything else is refused
 * (`illegal_transition`): a loop closes by a message that reports the result, never by hand.
 */
export async function circledBack(ctx: Context, options: { adviceId: string }): Promise<{ advice: Advice; relationship: Relationship }> {
  return ctx.ws.transaction(async (ws) => {
    const advice = await getRecord({ ws }, { entity: 'advice', id: options.adviceId });
    const refuse = (why: string): never => {
      throw new AppError('illegal_transition', why, { adviceId: advice.id });
    };
    if (advice.appliedOn === null) refuse('Apply the advice before circling back about it');
    if (advice.circledBackOn !== null) refuse(`You already circled back about this advice on ${advice.circledBackOn}`);
    if (advice.result === null) refuse('Record what came of applying the advice (its result) before circling back about it');
    const message = advice.circleBackMessageId ? await ws.table('messages').get(advice.circleBackMessageId) : undefined;
    if (!message || !passedCheck(message)) {
      refuse(
        message
          ? `Your circle-back of ${message.sentOn} failed its check, so it cannot close the loop: send one that names the advice and reports its result, and log it naming this advice`
          : 'Log the circle-back message you sent to the mentor, naming this advice: the loop closes when a circle-back that reports the result passes its check',
      );
    }
    const on = (message as { sentOn: string }).sentOn;
    const changes = { circledBackOn: on, updatedAt: ctx.clock.now() };
    await ws.table('advice').update(advice.id, changes);
    let relationship = await getRecord({ ws }, { entity: 'relationships', id: advice.relationshipId });
    if (relationship.stage === 'applied' && on >= relationship.stageSince) {
      relationship = await applyMove({ ...ctx, ws }, { relationshipId: relationship.id, to: 'circled-back', date: on });
    }
    return { advice: { ...advice, ...changes }, relationship };
  });
}
