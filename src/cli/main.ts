import { setFlagsFromString } from 'node:v8';
import pkg from '../../package.json' with { type: 'json' };

/**
 * Entry point of the `understudy` command. `--version` answers before anything else loads,
 * and the rest is imported only when a command needs it, so the command starts fast.
 */
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  // The checks are regex-heavy: compiled straight to machine code, V8's regexes run two to four
  // times faster over a long session than through its interpreter first (decision 0002).
  setFlagsFromString('--no-regexp-tier-up');
  const { quietOnBrokenPipe } = await import('./output.js');
  quietOnBrokenPipe();
  const { runCli } = await import('./program.js');
  process.exitCode = await runCli(args, pkg.version);
}
