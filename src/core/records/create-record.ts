import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { checkRefs } from './check-refs.js';
import { entityDef, type RowOf } from './entities.js';
import { parseInput } from './parse-input.js';
import type { EntityName } from './schemas.js';

/**
 * Creates a record of a plain entity from user input: validates it, fills defaults, checks its
 * references and stores it. Entities with rules of their own (relationships, messages,
 * stage moves) have dedicated use-cases and refuse this path.
 */
export async function createRecord<N extends EntityName>(ctx: Context, options: { entity: N; input: unknown }): Promise<RowOf<N>> {
  const def = entityDef(options.entity);
  if (!def.create) {
    throw new AppError('invalid_input', `A ${def.label} cannot be created directly`);
  }
  const input = parseInput(def.create, options.input, def.label);
  const now = ctx.clock.now();
  const row: Record<string, unknown> = {
    ...def.defaults(ctx.clock),
    ...dropUndefined(input),
    id: ctx.newId(),
    userId: ctx.ws.userId,
    createdAt: now,
    updatedAt: now,
  };
  Object.assign(row, def.derive?.(row));
  const full = parseInput(def.schema, row, def.label) as RowOf<N>;
  return ctx.ws.transaction(async (ws) => {
    await checkRefs(ws, options.entity, full);
    await ws.table(options.entity).insert(full);
    return full;
  });
}

/** Removes keys whose value is `undefined`, so defaults are not overwritten by absence. */
export function dropUndefined(values: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
