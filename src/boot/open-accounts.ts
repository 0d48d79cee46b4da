import type { Config } from '../config/load-config.js';
import type { Accounts } from '../core/accounts/ports.js';
import { openWorkspaces } from './open-workspace.js';

/**
 * The address the sign-in library is told it lives at when a command only looks accounts up or
 * changes them: such a command signs no one in, so no cookie or link ever names it.
 */
export const OPERATOR_URL = 'http://127.0.0.1:4477';

/**
 * Opens the team's accounts for the operator's commands (`user add|list|password|remove`), on
 * the database `config` names, runs `work` and closes the database.
 */
export async function withAccounts<R>(config: Config, work: (accounts: Accounts) => Promise<R>): Promise<R> {
  const workspaces = await openWorkspaces(config);
  try {
    return await work(await workspaces.accounts({ publicUrl: OPERATOR_URL }));
  } finally {
    await workspaces.close();
  }
}
