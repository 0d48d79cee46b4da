import type { Page, Where, Workspace } from '../ports.js';
import type { RowOf } from './entities.js';
import type { EntityName } from './schemas.js';

/**
 * Lists a user's records of one entity in the entity's order, optionally filtered by equal
 * column values; given a page, the store reads only that window.
 */
export function listRecords<N extends EntityName>(
  ctx: { ws: Workspace },
  options: { entity: N; where?: Where<RowOf<N>>; page?: Page },
): Promise<RowOf<N>[]> {
  return ctx.ws.table(options.entity).list(options.where, options.page);
}
