import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { updateRecord } from '../records/update-record.js';
import type { Advice } from './schemas.js';

/**
 * Records what came of applied advice (a number, an outcome or a learning): the result a
 * circle-back reports and an escalation builds on. Advice not yet applied is refused.
 */
export async function recordAdviceResult(ctx: Context, options: { adviceId: string; result: string }): Promise<Advice> {
  const advice = await getRecord(ctx, { entity: 'advice', id: options.adviceId });
  if (!advice.appliedOn) {
    throw new AppError('illegal_transition', 'Record when you applied the advice before its result');
  }
  if (options.result.trim() === '') throw new AppError('invalid_input', 'Invalid advice: result must not be empty');
  return updateRecord(ctx, { entity: 'advice', id: advice.id, input: { result: options.result.trim() } });
}
