import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Advice } from './schemas.js';

/**
 * Records what happened when a piece of advice was applied: a number, an outcome or a
 * learning. Only applied advice has a result (`illegal_transition` otherwise).
 */
export async function recordAdviceResult(ctx: Context, options: { adviceId: string; result: string }): Promise<Advice> {
  const result = typeof options.result === 'string' ? options.result.trim() : '';
  if (!result) throw new AppError('invalid_input', 'Say what happened when you applied the advice (the result)');
  if (result.length > 5_000) throw new AppError('invalid_input', 'A result is limited to 5,000 characters');
  return ctx.ws.transaction(async (ws) => {
    const advice = await getRecord({ ws }, { entity: 'advice', id: options.adviceId });
    if (advice.appliedOn === null) {
      throw new AppError('illegal_transition', 'Apply the advice before recording its result', { adviceId: advice.id });
    }
    const changes = { result, updatedAt: ctx.clock.now() };
    await ws.table('advice').update(advice.id, changes);
    return { ...advice, ...changes };
  });
}
