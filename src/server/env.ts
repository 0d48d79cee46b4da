import type { Context } from '../core/ports.js';

/** What middleware puts on each request: the core context for the local user. */
export interface ServerEnv {
  Variables: { core: Context };
}
