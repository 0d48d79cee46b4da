import type { Context } from '../core/ports.js';

/**
 * What every tool, resource and prompt of one MCP connection works with: the open workspace of
 * the acting user (the workspace knows who that is) and whether unexpected errors print their
 * stack on standard error.
 */
export interface McpSession {
  /** The core context of the actor's workspace; its clock reads the date afresh unless `--today` fixed it. */
  ctx: Context;
  /** `UNDERSTUDY_DEBUG=1`, read once by the config. */
  debug: boolean;
  /** True when the workspace is a team account's (`mcp --user`): mentoring colleagues needs one. */
  member?: boolean;
}
