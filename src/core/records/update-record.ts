import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { checkRefs } from './check-refs.js';
import { dropUndefined } from './create-record.js';
import { entityDef, type RowOf } from './entities.js';
import { getRecord } from './get-record.js';
import { parseInput } from './parse-input.js';
import type { EntityName } from './schemas.js';

/**
 * Changes the editable fields of a record. The merged record is validated as a whole, so a
 * patch can never leave a record that a create would refuse.
 */
export async function updateRecord<N extends EntityName>(
  ctx: Context,
  options: { entity: N; id: string; input: unknown },
): Promise<RowOf<N>> {
  const def = entityDef(options.entity);
  if (!def.update) throw new AppError('invalid_input', `A ${def.label} cannot be changed`);
  const patch = dropUndefined(parseInput(def.update, options.input, def.label) as object);
  return ctx.ws.transaction(async (ws) => {
    const current = await getRecord({ ws }, options);
    const merged: Record<string, unknown> = { ...current, ...patch, updatedAt: ctx.clock.now() };
    Object.assign(merged, def.derive?.(merged));
    const full = parseInput(def.schema, merged, def.label) as RowOf<N>;
    await checkRefs(ws, options.entity, patch);
    const { id: _id, userId: _user, createdAt: _created, ...changes } = full as Record<string, unknown>;
    await ws.table(options.entity).update(options.id, changes as Partial<RowOf<N>>);
    return full;
  });
}
