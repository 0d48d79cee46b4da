import type { Command } from 'commander';
import { withAccounts } from '../../boot/open-accounts.js';
import { AppError } from '../../core/errors.js';
import { globalOptions } from '../global-options.js';
import { fields, table } from '../output.js';
import { prepare } from '../runtime.js';

/** The most a password read from standard input may be (the library refuses more than 256 characters). */
const MAX_PASSWORD_BYTES = 1024;

/** Reads a password from standard input: the first line, without its line ending. */
async function passwordFromStdin(): Promise<string> {
  if (process.stdin.isTTY)
    throw new AppError('usage', '--password-stdin reads the password from a pipe, e.g. `printf %s "$PW" | understudy user add …`');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_PASSWORD_BYTES) throw new AppError('invalid_input', 'The password on standard input is too long; nothing was changed');
    chunks.push(chunk);
  }
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  if (password === '') throw new AppError('invalid_input', 'No password on standard input; nothing was changed');
  return password;
}

/** `understudy user …`: the operator's accounts of a team server (`serve --team`). */
export function registerUser(program: Command): void {
  const user = program.command('user').description('team accounts (for `serve --team`): add, list and remove');

  globalOptions(user.command('add').argument('<email>', 'the account’s email, which it signs in with'))
    .description('add an account; its password is read from standard input')
    .requiredOption('--name <name>', 'the person’s name')
    .option('--admin', 'an admin: may invite people and see the team’s figures (never anyone’s notes)')
    .option('--password-stdin', 'read the password from standard input (required: never on the command line)')
    .action(async (email: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      if (!run.options.passwordStdin) throw new AppError('usage', 'Give the password on standard input with --password-stdin');
      const password = await passwordFromStdin();
      const role = run.options.admin ? 'admin' : 'member';
      const added = await withAccounts(run.config, (accounts) => accounts.add({ email, name: run.options.name as string, password, role }));
      run.out.print(added, () =>
        [
          `Added ${added.role} ${added.email}`,
          fields([
            ['id', added.id],
            ['name', added.name],
            ['role', added.role],
          ]),
        ].join('\n'),
      );
    });

  globalOptions(user.command('list'))
    .description('list the accounts: email, name and role')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const all = await withAccounts(run.config, (accounts) => accounts.list());
      run.out.print(all, () =>
        all.length === 0
          ? 'No accounts yet: add one with `understudy user add EMAIL --name NAME --password-stdin`'
          : table(
              ['ID', 'EMAIL', 'NAME', 'ROLE'],
              all.map((a) => [a.id, a.email, a.name, a.role]),
            ),
      );
    });

  globalOptions(user.command('password').argument('<email-or-id>', 'the account'))
    .description('set an account’s password (read from standard input) and sign it out everywhere')
    .option('--password-stdin', 'read the password from standard input (required: never on the command line)')
    .action(async (key: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      if (!run.options.passwordStdin) throw new AppError('usage', 'Give the password on standard input with --password-stdin');
      const password = await passwordFromStdin();
      const changed = await withAccounts(run.config, async (accounts) => {
        const found = await accounts.find(key);
        if (!found) throw new AppError('not_found', `No account ${key}`);
        await accounts.setPassword(found.id, password);
        return found;
      });
      run.out.print(changed, () => `Set the password of ${changed.email}; its sessions have ended`);
    });

  globalOptions(user.command('remove').argument('<email-or-id>', 'the account to remove'))
    .description('remove an account, its sessions and every record of its workspace')
    .option('--yes', 'confirm: the account’s records are deleted, not kept')
    .action(async (key: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      if (!run.options.yes) throw new AppError('usage', `Removing ${key} deletes every record of it; add --yes to confirm`);
      const removed = await withAccounts(run.config, async (accounts) => {
        const found = await accounts.find(key);
        if (!found) throw new AppError('not_found', `No account ${key}`);
        await accounts.remove(found.id);
        return found;
      });
      run.out.print(removed, () => `Removed ${removed.email} and every record of it`);
    });
}
