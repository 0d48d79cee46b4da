import type { SignedIn } from '../core/accounts/ports.js';
import type { Context } from '../core/ports.js';

/**
 * What middleware puts on each request: the core context of the acting user's workspace, and
 * in team mode the signed-in account (null in solo mode, where the one person is the user).
 */
export interface ServerEnv {
  Variables: { core: Context; signedIn: SignedIn | null };
}
