import { type Command, Option } from 'commander';
import { openMailing } from '../../boot/open-mailing.js';
import { openWorkspaces } from '../../boot/open-workspace.js';
import type { SmtpFlags } from '../../config/mail-config.js';
import { loadMailRunConfig } from '../../config/team-config.js';
import type { DigestRun } from '../../core/mail/send-digests.js';
import { globalOptions } from '../global-options.js';
import { plural } from '../output.js';
import { EXIT } from '../report-error.js';
import { prepare } from '../runtime.js';

/** The `--smtp-*` flags of a parsed command, as config reads them. */
export function smtpFlags(options: Record<string, unknown>): SmtpFlags {
  return {
    smtpHost: options.smtpHost as string | undefined,
    smtpPort: options.smtpPort as string | undefined,
    smtpUser: options.smtpUser as string | undefined,
    smtpFrom: options.smtpFrom as string | undefined,
    smtpSecure: options.smtpSecure as boolean | undefined,
  };
}

/** Adds the SMTP flags (each overrides its `UNDERSTUDY_SMTP_*` variable; the password is only a variable). */
function withSmtpOptions(command: Command): Command {
  return command
    .addOption(new Option('--smtp-host <host>', 'the SMTP server (env UNDERSTUDY_SMTP_HOST)'))
    .addOption(new Option('--smtp-port <port>', 'the SMTP port (env UNDERSTUDY_SMTP_PORT; default 587, or 465 with --smtp-secure)'))
    .addOption(
      new Option('--smtp-user <user>', 'the SMTP account (env UNDERSTUDY_SMTP_USER); its password only in UNDERSTUDY_SMTP_PASSWORD'),
    )
    .addOption(new Option('--smtp-from <sender>', 'the sender (env UNDERSTUDY_SMTP_FROM)'))
    .addOption(new Option('--smtp-secure', 'TLS from the first byte (env UNDERSTUDY_SMTP_SECURE=1)'));
}

/** `understudy mail …`: a team server's mail, run from cron beside (or instead of) the server's own timer. */
export function registerMail(program: Command): void {
  const mail = program.command('mail').description('team mail (for `serve --team`): send the digests that are due');

  withSmtpOptions(globalOptions(mail.command('digest')))
    .description('send every digest due now, once whichever process or cron job asks first, and print how many went')
    .addOption(new Option('--public-url <url>', 'the address members open, for the links (env UNDERSTUDY_PUBLIC_URL)'))
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const { publicUrl, smtp } = loadMailRunConfig({ publicUrl: run.options.publicUrl as string | undefined, ...smtpFlags(run.options) });
      const workspaces = await openWorkspaces(run.config);
      let result: DigestRun;
      try {
        const mailing = await openMailing(workspaces, { smtp, publicUrl });
        try {
          result = await mailing.sendDueDigests();
        } finally {
          await mailing.close();
        }
      } finally {
        await workspaces.close();
      }
      run.out.print(result, () =>
        [
          `Sent ${plural(result.sent, 'digest')}`,
          result.empty > 0 ? `${plural(result.empty, 'digest')} had nothing due and did not go` : '',
          result.claimedElsewhere > 0 ? `${plural(result.claimedElsewhere, 'digest')} went from another process` : '',
          result.failed > 0 ? `${plural(result.failed, 'digest')} could not go: tried again at the next run` : '',
        ]
          .filter(Boolean)
          .join('; '),
      );
      if (result.failed > 0) process.exitCode = EXIT.failed;
    });
}
