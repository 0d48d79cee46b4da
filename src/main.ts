import { setFlagsFromString } from 'node:v8';
import pkg from '../package.json' with { type: 'json' };
import type { Launchers } from './cli/launchers.js';

/**
 * Entry point of the `understudy` command, and the one module that knows all three transports:
 * the CLI runs every command and is handed how to start the web server and the MCP server.
 * `--version` answers before anything else loads, and the rest is imported only when a command
 * needs it, so the command starts fast.
 */
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  // The checks are regex-heavy: compiled straight to machine code, V8's regexes run two to four
  // times faster over a long session than through its interpreter first (decision 0002).
  setFlagsFromString('--no-regexp-tier-up');
  const { quietOnBrokenPipe } = await import('./cli/output.js');
  quietOnBrokenPipe();
  const launchers: Launchers = {
    serve: async (request) => (await import('./server/start-server.js')).startServer(request),
    mcp: async (request) => (await import('./mcp/start-mcp.js')).startMcp(request),
  };
  const { runCli } = await import('./cli/program.js');
  process.exitCode = await runCli(args, pkg.version, launchers);
}
