import type { Command } from 'commander';
import { resolveServeBinding } from '../../config/serve-binding.js';
import { loadTeamConfig } from '../../config/team-config.js';
import { AppError } from '../../core/errors.js';
import { globalOptions } from '../global-options.js';
import type { Launchers } from '../launchers.js';
import { prepare } from '../runtime.js';
import { smtpFlags } from './mail.js';
import { integer } from './parse.js';

/** Collects a repeatable option's values in order. */
function repeated(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * `understudy serve`: the web app and the API on 127.0.0.1, until interrupted. Another address
 * needs `--allowed-host` for each name clients use (see config/serve-binding.ts).
 */
export function registerServe(program: Command, serve: Launchers['serve']): void {
  globalOptions(program.command('serve'))
    .description('run the web app and API (127.0.0.1:4477 by default)')
    .option('--port <port>', 'port to listen on', integer, 4477)
    .option('--host <host>', 'address to listen on; beyond this computer it needs --allowed-host', '127.0.0.1')
    .option('--allowed-host <name>', 'a host name clients use to reach the server, NAME or NAME:PORT (repeatable)', repeated)
    .option('--team', 'serve a team: accounts, sign-in and a private workspace for each member (needs --public-url)')
    .option('--public-url <url>', 'team mode: the address members open, such as https://understudy.example.com')
    .option('--trust-proxy', 'team mode behind a reverse proxy: take the client address from X-Forwarded-For')
    .option('--smtp-host <host>', 'team mode: the SMTP server mail goes through (env UNDERSTUDY_SMTP_HOST); without it no email is sent')
    .option('--smtp-port <port>', 'the SMTP port (env UNDERSTUDY_SMTP_PORT; default 587, or 465 with --smtp-secure)')
    .option('--smtp-user <user>', 'the SMTP account (env UNDERSTUDY_SMTP_USER); its password only in UNDERSTUDY_SMTP_PASSWORD')
    .option('--smtp-from <sender>', 'the sender, such as "Understudy <understudy@example.com>" (env UNDERSTUDY_SMTP_FROM)')
    .option('--smtp-secure', 'TLS from the first byte (env UNDERSTUDY_SMTP_SECURE=1); otherwise STARTTLS when offered')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const port = run.options.port as number;
      if (port < 0 || port > 65_535) throw new AppError('usage', `--port must be between 0 and 65535, got ${port}`);
      const host = run.options.host as string;
      const allowedHosts = run.options.allowedHost as string[] | undefined;
      const team = loadTeamConfig({
        team: run.options.team as boolean | undefined,
        publicUrl: run.options.publicUrl as string | undefined,
        trustProxy: run.options.trustProxy as boolean | undefined,
        ...smtpFlags(run.options),
      });
      // Checked before the workspace is opened: a refused address changes nothing.
      resolveServeBinding({ host, allowedHosts: team ? [...(allowedHosts ?? []), new URL(team.publicUrl).host] : allowedHosts });
      const server = await serve({ config: run.config, host, port, allowedHosts, team });
      // The interrupt handlers come first: a supervisor may stop the server as soon as it reads the line.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => {
          server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      const listening = team
        ? ` for a team (sign-in required), listening on ${host.includes(':') ? `[${host}]` : host}:${server.port}`
        : '';
      const mail = team
        ? team.smtp
          ? `; mail goes through ${team.smtp.host}:${team.smtp.port}`
          : '; mail is not configured: no email is sent'
        : '';
      process.stdout.write(`Understudy is running at ${server.url}${listening}${mail}\n`);
      await stopped;
    });
}
