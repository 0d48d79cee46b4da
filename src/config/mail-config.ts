import { AppError } from '../core/errors.js';
import type { SmtpSettings } from '../core/mail/mailer.js';
import type { Environment } from './load-config.js';

/** How a team server sends mail: the SMTP server, its account, and the sender's address. */
export type SmtpConfig = SmtpSettings;

/** The SMTP flags a command takes; each overrides its environment variable. The password is never a flag. */
export interface SmtpFlags {
  smtpHost?: string | undefined;
  smtpPort?: string | number | undefined;
  smtpUser?: string | undefined;
  smtpFrom?: string | undefined;
  smtpSecure?: boolean | undefined;
}

const HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^[0-9.]+$|^\[?[0-9A-Fa-f:.]+\]?$/;
const ADDRESS = /^[^\s@<>",;:()[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}$/;

/** True when any SMTP flag was given: they need team mode. */
export function anySmtpFlag(flags: SmtpFlags): boolean {
  return [flags.smtpHost, flags.smtpPort, flags.smtpUser, flags.smtpFrom].some((v) => v !== undefined) || flags.smtpSecure === true;
}

/**
 * Mail for a team server from `--smtp-*` flags and `UNDERSTUDY_SMTP_*` variables: undefined
 * (nothing is ever sent) unless an SMTP host is set, and then the sender's address is needed.
 * The password comes only from `UNDERSTUDY_SMTP_PASSWORD`, never the command line. A setting
 * given without a host, or a bad one, is refused with what to write instead.
 */
export function loadSmtpConfig(flags: SmtpFlags, env: Environment = process.env): SmtpConfig | undefined {
  const value = (flag: string | number | undefined, name: string) => {
    const raw = flag !== undefined ? String(flag) : env[name];
    const trimmed = raw?.trim();
    return trimmed === undefined || trimmed === '' ? undefined : trimmed;
  };
  const host = value(flags.smtpHost, 'UNDERSTUDY_SMTP_HOST');
  const port = value(flags.smtpPort, 'UNDERSTUDY_SMTP_PORT');
  const user = value(flags.smtpUser, 'UNDERSTUDY_SMTP_USER');
  const from = value(flags.smtpFrom, 'UNDERSTUDY_SMTP_FROM');
  const password = env.UNDERSTUDY_SMTP_PASSWORD === '' ? undefined : env.UNDERSTUDY_SMTP_PASSWORD;
  const secureText = flags.smtpSecure ? '1' : value(undefined, 'UNDERSTUDY_SMTP_SECURE');
  if (host === undefined) {
    const stray = [
      ['--smtp-port / UNDERSTUDY_SMTP_PORT', port],
      ['--smtp-user / UNDERSTUDY_SMTP_USER', user],
      ['--smtp-from / UNDERSTUDY_SMTP_FROM', from],
      ['UNDERSTUDY_SMTP_PASSWORD', password],
      ['--smtp-secure / UNDERSTUDY_SMTP_SECURE', secureText],
    ].find(([, v]) => v !== undefined);
    if (stray)
      throw new AppError('usage', `${stray[0]} is set but no SMTP host: set --smtp-host (or UNDERSTUDY_SMTP_HOST) too, or unset it`);
    return undefined;
  }
  if (host.length > 253 || !HOST.test(host))
    throw new AppError('usage', `--smtp-host must be a host name or an IP address, such as smtp.example.com, got "${host.slice(0, 100)}"`);
  let secure: boolean | undefined;
  if (secureText !== undefined) {
    if (!['1', '0', 'true', 'false'].includes(secureText.toLowerCase()))
      throw new AppError(
        'usage',
        `UNDERSTUDY_SMTP_SECURE must be 1 (TLS from the start) or 0 (STARTTLS), got "${secureText.slice(0, 20)}"`,
      );
    secure = secureText === '1' || secureText.toLowerCase() === 'true';
  }
  let portNumber = secure ? 465 : 587;
  if (port !== undefined) {
    portNumber = /^\d{1,5}$/.test(port) ? Number(port) : Number.NaN;
    if (!(portNumber >= 1 && portNumber <= 65_535))
      throw new AppError('usage', `--smtp-port must be a port from 1 to 65535, got "${port.slice(0, 20)}"`);
  }
  secure ??= portNumber === 465;
  if (from === undefined)
    throw new AppError(
      'usage',
      'Mail needs the sender: set --smtp-from (or UNDERSTUDY_SMTP_FROM), such as "Understudy <understudy@example.com>"',
    );
  if (!isSender(from))
    throw new AppError('usage', `--smtp-from must be an email address, or "Name <address>", got "${from.slice(0, 100)}"`);
  if (user !== undefined && password === undefined)
    throw new AppError('usage', 'The SMTP user needs its password in UNDERSTUDY_SMTP_PASSWORD (never on the command line)');
  if (user === undefined && password !== undefined)
    throw new AppError('usage', 'UNDERSTUDY_SMTP_PASSWORD needs the SMTP user: set --smtp-user (or UNDERSTUDY_SMTP_USER)');
  if (user !== undefined && user.length > 254) throw new AppError('usage', 'The SMTP user is longer than 254 characters');
  return Object.freeze({ host, port: portNumber, secure, user, password, from });
}

/** `address` or `Name <address>`, on one line. */
function isSender(from: string): boolean {
  if (from.length > 320 || /[\r\n]/.test(from)) return false;
  const named = /^([^<>]{0,100})<([^<>]+)>$/.exec(from);
  return ADDRESS.test(named ? (named[2] ?? '').trim() : from);
}
