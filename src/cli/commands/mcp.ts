import type { Command } from 'commander';
import { globalOptions } from '../global-options.js';
import type { Launchers } from '../launchers.js';
import { prepare } from '../runtime.js';

/** `understudy mcp [--user EMAIL_OR_ID]`: the checks and a workspace for AI assistants, over MCP on stdio. */
export function registerMcp(program: Command, mcp: Launchers['mcp']): void {
  globalOptions(program.command('mcp'))
    .description('serve the checks and the workspace to an AI assistant over MCP (stdio)')
    .option(
      '--user <email-or-id>',
      'on a team server: act as this account, in its workspace only (whoever can run this on the server with the database is trusted as the operator)',
    )
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      await mcp({ config: run.config, user: run.options.user as string | undefined });
    });
}
