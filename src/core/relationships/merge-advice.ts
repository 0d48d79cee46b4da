import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Advice } from './schemas.js';

/** Joins two pieces of one instruction: after a sentence's end with a space, else with a semicolon. */
function join(first: string, next: string): string {
  const a = first.trim();
  const b = next.trim();
  return /[.!?;:]$/.test(a) ? `${a} ${b}` : `${a}; ${b}`;
}

/**
 * Merges pieces of advice that are one instruction captured apart ("don't add more
 * tooltips" + "cut the setup steps instead"): the first piece keeps its id and its steps and
 * takes the others' words in the order given; the others are removed. All must come from one
 * relationship, and only the first may have been applied (name the piece you applied first),
 * so no step of the loop is lost. One transaction.
 */
export async function mergeAdvice(ctx: Context, options: { adviceIds: readonly string[] }): Promise<Advice> {
  const ids = [...new Set(options.adviceIds)];
  if (ids.length < 2) throw new AppError('invalid_input', 'Name at least two pieces of advice to merge');
  if (ids.length > 20) throw new AppError('invalid_input', 'At most 20 pieces of advice can be merged at once');
  return ctx.ws.transaction(async (ws) => {
    const pieces: Advice[] = [];
    for (const id of ids) pieces.push(await getRecord({ ws }, { entity: 'advice', id }));
    const [first, ...rest] = pieces as [Advice, ...Advice[]];
    for (const piece of rest) {
      if (piece.relationshipId !== first.relationshipId) {
        throw new AppError('invalid_input', `Advice ${piece.id} came from another relationship; only advice from one mentor can be merged`);
      }
      if (piece.appliedOn !== null) {
        throw new AppError(
          'illegal_transition',
          `“${piece.text}” was applied on ${piece.appliedOn}: name it first, so the merged piece keeps its steps`,
          { adviceId: piece.id },
        );
      }
    }
    const text = rest.reduce((acc, piece) => join(acc, piece.text), first.text);
    if (text.length > 5_000) throw new AppError('invalid_input', 'The merged advice would exceed 5,000 characters');
    const changes = { text, updatedAt: ctx.clock.now() };
    await ws.table('advice').update(first.id, changes);
    for (const piece of rest) await ws.table('advice').remove(piece.id);
    return { ...first, ...changes };
  });
}
