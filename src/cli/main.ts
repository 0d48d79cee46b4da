import pkg from '../../package.json' with { type: 'json' };

/**
 * Entry point of the `understudy` command. `--version` answers before anything else loads,
 * and the rest is imported only when a command needs it, so the command starts fast.
 */
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runCli } = await import('./program.js');
  process.exitCode = await runCli(args, pkg.version);
}
