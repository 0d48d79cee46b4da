import type { Command } from 'commander';
import { globalOptions } from '../global-options.js';
import type { Launchers } from '../launchers.js';
import { prepare } from '../runtime.js';

/** `understudy mcp`: the checks and the workspace for AI assistants, over MCP on stdio. */
export function registerMcp(program: Command, mcp: Launchers['mcp']): void {
  globalOptions(program.command('mcp'))
    .description('serve the checks and the workspace to an AI assistant over MCP (stdio)')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      await mcp({ config: run.config });
    });
}
