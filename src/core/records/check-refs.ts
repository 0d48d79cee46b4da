import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { entityDef } from './entities.js';
import type { EntityName } from './schemas.js';

/**
 * Makes sure every reference in `values` points to a record of this user, so a bad id gets a
 * `not_found` error naming the field instead of a foreign-key failure from the database.
 */
export async function checkRefs(ws: Workspace, name: EntityName, values: Record<string, unknown>): Promise<void> {
  const refs = entityDef(name).refs;
  for (const [field, target] of Object.entries(refs)) {
    const id = values[field];
    if (typeof id !== 'string') continue;
    const found = await ws.table(target as EntityName).get(id);
    if (!found) {
      throw new AppError('not_found', `No ${entityDef(target as EntityName).label} with id ${id} (${field})`, { field, id });
    }
  }
}
