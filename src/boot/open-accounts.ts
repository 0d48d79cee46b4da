import type { Config } from '../config/load-config.js';
import type { Accounts } from '../core/accounts/ports.js';
import { openWorkspaces } from './open-workspace.js';

/**
 * Opens the team's accounts for the operator's commands (`user add|list|remove`), on the
 * database `config` names, runs `work` and closes the database. The public URL only names the
 * sign-in library's home here: these commands sign no one in.
 */
export async function withAccounts<R>(config: Config, publicUrl: string, work: (accounts: Accounts) => Promise<R>): Promise<R> {
  const workspaces = await openWorkspaces(config);
  try {
    return await work(await workspaces.accounts({ publicUrl }));
  } finally {
    await workspaces.close();
  }
}
