import type { Where, Workspace } from '../ports.js';
import type { RowOf } from './entities.js';
import type { EntityName } from './schemas.js';

/** Lists a user's records of one entity, optionally filtered by equal column values. */
export function listRecords<N extends EntityName>(
  ctx: { ws: Workspace },
  options: { entity: N; where?: Where<RowOf<N>> },
): Promise<RowOf<N>[]> {
  return ctx.ws.table(options.entity).list(options.where);
}
