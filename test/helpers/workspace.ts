import { ensureLocalUser } from '../../src/boot/ensure-local-user.js';
import { createClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { backupWorkspace, serializeBackup } from '../../src/core/portability/backup-workspace.js';
import { loadDemo } from '../../src/core/portability/load-demo.js';
import type { Context, Store } from '../../src/core/ports.js';
import { openStore } from '../../src/store/open-store.js';

/** An open workspace for a test: the store, a core context on a fixed date, and `close`. */
export interface TestWorkspace {
  store: Store;
  ctx: Context;
  /** The same workspace seen on another date. */
  on(today: string): Context;
  close(): Promise<void>;
}

/** Opens (and migrates) the database at `url` with the local user, on `today`. */
export async function openTestWorkspace(url: string, today = '2026-11-28'): Promise<TestWorkspace> {
  const store = await openStore({ url });
  const clock = createClock(today);
  const user = await ensureLocalUser(store, clock);
  const ws = store.workspace(user.id);
  return {
    store,
    ctx: { ws, clock, newId },
    on: (date) => ({ ws, clock: createClock(date), newId }),
    close: () => store.close(),
  };
}

/**
 * The backup of a demo workspace loaded into the fresh database at `url`: each demo has its own
 * ids, so two such backups share no row (for restore tests that need two distinct backups).
 */
export async function demoBackup(url: string): Promise<string> {
  const source = await openTestWorkspace(url);
  try {
    await loadDemo(source.ctx);
    return serializeBackup(await backupWorkspace(source.ctx));
  } finally {
    await source.close();
  }
}
