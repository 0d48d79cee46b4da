import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { entityDef, type RowOf } from './entities.js';
import type { EntityName } from './schemas.js';

/** Reads one record by id, or throws `not_found` naming the entity and the id. */
export async function getRecord<N extends EntityName>(ctx: { ws: Workspace }, options: { entity: N; id: string }): Promise<RowOf<N>> {
  const row = await ctx.ws.table(options.entity).get(options.id);
  if (!row) throw new AppError('not_found', `No ${entityDef(options.entity).label} with id ${options.id}`, { id: options.id });
  return row;
}
