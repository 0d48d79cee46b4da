import { type Clock, createClock } from '../core/clock.js';
import { newId } from '../core/ids.js';
import type { Context, Store } from '../core/ports.js';
import type { User } from '../core/users/schemas.js';

/**
 * What every tool, resource and prompt of one MCP connection works with: the open workspace
 * of the local user. The clock reads the date afresh on each call unless `--today` fixed it.
 */
export interface McpSession {
  store: Store;
  /** The core context of the local user's workspace. */
  ctx: Context;
  /** The workspace's user (role and level matter to the doctor). */
  user(): Promise<User | null>;
}

/** Builds the session over an open store for the local user. */
export function createSession(options: { store: Store; userId: string; today?: string | undefined }): McpSession {
  const clock: Clock = createClock(options.today);
  return {
    store: options.store,
    ctx: { ws: options.store.workspace(options.userId), clock, newId },
    user: async () => (await options.store.getUser(options.userId)) ?? null,
  };
}
