import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { type EntityName, entityNames } from '../records/schemas.js';
import { validateBackup } from './validate-backup.js';

/** Checks a backup document without writing anything (see `validate-backup.ts`); `restore` calls it first. */
export { validateBackup } from './validate-backup.js';

/**
 * Restores a backup into the current user's empty workspace, keeping every id and timestamp.
 * The whole document is validated before the write transaction opens (see `validateBackup`),
 * so a bad backup is refused with nothing written. Then, in one transaction, the user's
 * profile is written, the workspace is checked to be empty (a workspace holding any record is
 * refused with `conflict`) and every row is inserted, parents before children, re-owned by the
 * current user; a failure leaves nothing behind.
 *
 * Two restores at once run one after the other on both databases, because the profile is the
 * first write: SQLite's write transaction holds the whole database from its start, and
 * PostgreSQL holds the user's row from that write until the transaction ends. The second
 * restore waits there, then finds the first one's rows and is refused as not empty.
 */
export async function restoreWorkspace(ctx: Context, options: { backup: unknown }): Promise<{ restored: Record<EntityName, number> }> {
  const backup = validateBackup(options.backup);
  const restored = {} as Record<EntityName, number>;
  await ctx.ws.transaction(async (ws) => {
    const { name, role, level, createdAt, updatedAt } = backup.user;
    await ws.updateProfile({ name, role, level, createdAt, updatedAt });
    for (const entity of entityNames) {
      const existing = await ws.table(entity).list(undefined, { limit: 1, offset: 0 });
      if (existing.length > 0) {
        throw new AppError('conflict', `The workspace is not empty (it has ${entity}); restore into a new database`, { entity });
      }
    }
    for (const entity of entityNames) {
      const rows = backup.entities[entity] as Record<string, unknown>[];
      for (const row of rows) await ws.table(entity).insert({ ...row, userId: ws.userId } as never);
      restored[entity] = rows.length;
    }
  });
  return { restored };
}
