import type { Config } from '../config/load-config.js';
import type { Account } from '../core/accounts/ports.js';
import { AppError } from '../core/errors.js';
import { OPERATOR_URL } from './open-accounts.js';
import { type OpenWorkspace, openWorkspaces } from './open-workspace.js';

/** A team account's open workspace, with the account it belongs to. */
export interface OpenMemberWorkspace extends OpenWorkspace {
  account: Account;
}

/**
 * Opens the workspace of the team account with this email or id, for a transport that acts as
 * one member on the operator's say-so (`understudy mcp --user`): whoever can run it on the
 * server, with the database's address, is trusted as the operator is. An unknown account is
 * refused with `not_found` and nothing is left open.
 */
export async function openMemberWorkspace(config: Config, emailOrId: string): Promise<OpenMemberWorkspace> {
  const workspaces = await openWorkspaces(config);
  try {
    const accounts = await workspaces.accounts({ publicUrl: OPERATOR_URL });
    const account = await accounts.find(emailOrId.trim());
    if (!account) {
      throw new AppError('not_found', `No team account ${emailOrId}: \`understudy user list\` shows the accounts of this database`);
    }
    const ctx = await workspaces.open({ kind: 'user', userId: account.id });
    return { ctx, account, dialect: workspaces.dialect, close: () => workspaces.close() };
  } catch (error) {
    await workspaces.close();
    throw error;
  }
}
