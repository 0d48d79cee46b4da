import { AppError } from '../core/errors.js';
import type { Environment } from './load-config.js';
import { anySmtpFlag, loadSmtpConfig, type SmtpConfig, type SmtpFlags } from './mail-config.js';

/** Team mode's settings: accounts and sign-in, for the address users open. */
export interface TeamConfig {
  /** The address users open, as `scheme://host[:port]` (cookies are Secure when it is https). */
  readonly publicUrl: string;
  /** Behind a reverse proxy: a client's address is the last one in `X-Forwarded-For`. */
  readonly trustProxy: boolean;
  /** How mail is sent; undefined when SMTP is not configured, and then nothing is ever sent. */
  readonly smtp?: SmtpConfig | undefined;
}

/** `serve`'s team flags, as parsed; each overrides its environment variable. */
export interface TeamFlags extends SmtpFlags {
  team?: boolean | undefined;
  publicUrl?: string | undefined;
  trustProxy?: boolean | undefined;
}

/**
 * Team mode from `--team` (or `UNDERSTUDY_TEAM=1`), which needs `--public-url` (or
 * `UNDERSTUDY_PUBLIC_URL`): the scheme, host and port users type, without a path. Undefined in
 * solo mode; the public URL or an SMTP flag without `--team` is refused rather than ignored.
 * Mail (`--smtp-*`, `UNDERSTUDY_SMTP_*`) is for team mode only: see `loadSmtpConfig`.
 */
export function loadTeamConfig(flags: TeamFlags, env: Environment = process.env): TeamConfig | undefined {
  const team = flags.team ?? env.UNDERSTUDY_TEAM === '1';
  const publicUrl = flags.publicUrl ?? env.UNDERSTUDY_PUBLIC_URL;
  const trustProxy = flags.trustProxy ?? env.UNDERSTUDY_TRUST_PROXY === '1';
  if (!team) {
    if (flags.publicUrl !== undefined || flags.trustProxy) throw new AppError('usage', '--public-url and --trust-proxy need --team');
    if (anySmtpFlag(flags)) throw new AppError('usage', 'The --smtp-* flags need --team: mail is for a team server');
    return undefined;
  }
  const url = loadPublicUrl(publicUrl, '--team');
  const smtp = loadSmtpConfig(flags, env);
  return Object.freeze({ publicUrl: url, trustProxy, ...(smtp ? { smtp } : {}) });
}

/** The public URL (from `--public-url` or `UNDERSTUDY_PUBLIC_URL`) that `needer` needs, as its origin. */
export function loadPublicUrl(value: string | undefined, needer: string): string {
  if (value === undefined || value.trim() === '')
    throw new AppError('usage', `${needer} needs --public-url: the address users open, such as https://understudy.example.com`);
  return parsePublicUrl(value);
}

/** `scheme://host[:port]` of an http(s) URL with no credentials, path, query or fragment. */
function parsePublicUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new AppError('usage', `--public-url must be a URL such as https://understudy.example.com, got "${value.slice(0, 200)}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('usage', `--public-url must start with https:// (or http://), got "${url.protocol}"`);
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    throw new AppError('usage', '--public-url is the address alone (scheme, host and port): no path, query or credentials');
  return url.origin;
}

/** What `understudy mail digest` needs: the address the links open, and SMTP. */
export interface MailRunConfig {
  readonly publicUrl: string;
  readonly smtp: SmtpConfig;
}

/**
 * The settings of a mail command run outside the server (`mail digest` from cron): the public
 * URL (`--public-url` or `UNDERSTUDY_PUBLIC_URL`) and SMTP, both needed, as `serve --team` reads them.
 */
export function loadMailRunConfig(flags: SmtpFlags & { publicUrl?: string | undefined }, env: Environment = process.env): MailRunConfig {
  const publicUrl = loadPublicUrl(flags.publicUrl ?? env.UNDERSTUDY_PUBLIC_URL, 'Mail');
  const smtp = loadSmtpConfig(flags, env);
  if (!smtp)
    throw new AppError(
      'usage',
      'Mail is not configured: set UNDERSTUDY_SMTP_HOST and UNDERSTUDY_SMTP_FROM (or --smtp-host and --smtp-from); nothing was sent',
    );
  return Object.freeze({ publicUrl, smtp });
}
