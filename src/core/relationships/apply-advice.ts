import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { applyMove } from './move-relationship.js';
import type { Advice, Relationship, Stage } from './schemas.js';

/** Stages the loop leaves for `applied` when advice is applied; later stages keep their standing. */
const movesFrom: readonly Stage[] = ['replied', 'circled-back'];

/**
 * Records that a piece of advice was applied, on a date and in a context ("the Q3 pricing
 * test"). The date may not be before the advice was received nor in the future, and advice is
 * applied once: applying it again is an `illegal_transition`. A relationship at `replied` or
 * `circled-back` moves to `applied` on that date in the same transaction, so the circle-back
 * can be logged next; an escalated relationship or one with office hours keeps its stage.
 */
export async function applyAdvice(
  ctx: Context,
  options: { adviceId: string; on: string; context: string },
): Promise<{ advice: Advice; relationship: Relationship }> {
  const { on } = options;
  const context = typeof options.context === 'string' ? options.context.trim() : '';
  if (!isIsoDate(on)) throw new AppError('invalid_input', `Invalid date "${on}": write it YYYY-MM-DD`);
  if (on > ctx.clock.today()) throw new AppError('invalid_input', `Advice cannot be applied in the future (${on})`);
  if (!context) throw new AppError('invalid_input', 'Say where you applied the advice (the context)');
  if (context.length > 5_000) throw new AppError('invalid_input', 'The context is limited to 5,000 characters');
  return ctx.ws.transaction(async (ws) => {
    const advice = await getRecord({ ws }, { entity: 'advice', id: options.adviceId });
    if (advice.appliedOn !== null) {
      throw new AppError('illegal_transition', `This advice was already applied on ${advice.appliedOn}`, { adviceId: advice.id });
    }
    if (on < advice.receivedOn) {
      throw new AppError('illegal_transition', `Advice cannot be applied on ${on}, before it was received (${advice.receivedOn})`, {
        adviceId: advice.id,
      });
    }
    const changes = { appliedOn: on, appliedContext: context, updatedAt: ctx.clock.now() };
    await ws.table('advice').update(advice.id, changes);
    let relationship = await getRecord({ ws }, { entity: 'relationships', id: advice.relationshipId });
    if (movesFrom.includes(relationship.stage) && on >= relationship.stageSince) {
      relationship = await applyMove({ ...ctx, ws }, { relationshipId: relationship.id, to: 'applied', date: on });
    }
    return { advice: { ...advice, ...changes }, relationship };
  });
}
