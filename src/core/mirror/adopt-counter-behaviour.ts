import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { updateRecord } from '../records/update-record.js';
import type { Feedback } from './schemas.js';

/**
 * Records the counter-behaviour adopted in response to a piece of feedback, and the day it was
 * adopted (default today, never before the feedback nor in the future). From that day the
 * shadow side is due to be measured again with the same mirror (see `remeasureActions`).
 */
export async function adoptCounterBehaviour(
  ctx: Context,
  options: { feedbackId: string; counter: string; on?: string | undefined },
): Promise<Feedback> {
  const counter = options.counter.trim();
  if (!counter) throw new AppError('invalid_input', 'Say what you will do differently: the counter-behaviour must not be empty');
  const on = options.on ?? ctx.clock.today();
  return ctx.ws.transaction(async (ws) => {
    const feedback = await getRecord({ ws }, { entity: 'feedback', id: options.feedbackId });
    if (on > ctx.clock.today()) throw new AppError('invalid_input', `A counter-behaviour cannot be adopted in the future (${on})`);
    if (on < feedback.receivedOn) {
      throw new AppError('invalid_input', `Adopted on ${on}, before the feedback was received (${feedback.receivedOn})`);
    }
    return updateRecord({ ...ctx, ws }, { entity: 'feedback', id: feedback.id, input: { adopted: counter, adoptedOn: on } });
  });
}
