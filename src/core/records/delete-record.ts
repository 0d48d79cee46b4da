import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { entityDef } from './entities.js';
import type { EntityName } from './schemas.js';

/**
 * Deletes a record and, through the schema's cascades, what hangs off it (a mentor takes its
 * relationships, messages and advice with it).
 */
export async function deleteRecord(ctx: { ws: Workspace }, options: { entity: EntityName; id: string }): Promise<void> {
  const def = entityDef(options.entity);
  if (def.deletable === false) throw new AppError('invalid_input', `A ${def.label} is history and cannot be deleted`);
  const removed = await ctx.ws.table(options.entity).remove(options.id);
  if (!removed) throw new AppError('not_found', `No ${def.label} with id ${options.id}`, { id: options.id });
}
