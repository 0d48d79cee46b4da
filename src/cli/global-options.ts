import { type Command, Option } from 'commander';

/** Adds the options every command accepts, so they work before or after the command name. */
export function globalOptions(command: Command): Command {
  return command
    .addOption(new Option('--db <path-or-url>', 'SQLite file or postgres:// URL (env UNDERSTUDY_DATABASE_URL)'))
    .addOption(new Option('--today <date>', 'reference date YYYY-MM-DD (env UNDERSTUDY_TODAY)'))
    .addOption(new Option('--json', 'print JSON for scripts'));
}
