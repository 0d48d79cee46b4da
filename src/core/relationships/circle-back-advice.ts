import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { applyMove } from './move-relationship.js';
import type { Advice, Relationship } from './schemas.js';

/**
 * Records that you circled back to the mentor about a piece of advice, on a date — called
 * for each advice a logged circle-back message names. Only applied advice can be circled
 * back, not before the day it was applied nor in the future, and only once
 * (`illegal_transition` otherwise). A relationship at `applied` moves to `circled-back` on
 * that date in the same transaction (a logged circle-back message has usually moved it).
 */
export async function circledBack(
  ctx: Context,
  options: { adviceId: string; on: string },
): Promise<{ advice: Advice; relationship: Relationship }> {
  const { on } = options;
  if (!isIsoDate(on)) throw new AppError('invalid_input', `Invalid date "${on}": write it YYYY-MM-DD`);
  if (on > ctx.clock.today()) throw new AppError('invalid_input', `A circle-back cannot be dated in the future (${on})`);
  return ctx.ws.transaction(async (ws) => {
    const advice = await getRecord({ ws }, { entity: 'advice', id: options.adviceId });
    if (advice.appliedOn === null) {
      throw new AppError('illegal_transition', 'Apply the advice before circling back about it', { adviceId: advice.id });
    }
    if (advice.circledBackOn !== null) {
      throw new AppError('illegal_transition', `You already circled back about this advice on ${advice.circledBackOn}`, {
        adviceId: advice.id,
      });
    }
    if (on < advice.appliedOn) {
      throw new AppError('illegal_transition', `A circle-back cannot be dated ${on}, before the advice was applied (${advice.appliedOn})`, {
        adviceId: advice.id,
      });
    }
    const changes = { circledBackOn: on, updatedAt: ctx.clock.now() };
    await ws.table('advice').update(advice.id, changes);
    let relationship = await getRecord({ ws }, { entity: 'relationships', id: advice.relationshipId });
    if (relationship.stage === 'applied' && on >= relationship.stageSince) {
      relationship = await applyMove({ ...ctx, ws }, { relationshipId: relationship.id, to: 'circled-back', date: on });
    }
    return { advice: { ...advice, ...changes }, relationship };
  });
}
