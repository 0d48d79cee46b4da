import { isIP } from 'node:net';
import { createTransport } from 'nodemailer';
import type { Mailer, SmtpSettings } from '../core/mail/mailer.js';

/** How long the mailer waits for an SMTP server, in milliseconds: it never holds anything up for long. */
export const SMTP_TIMEOUTS = { connection: 10_000, greeting: 10_000, socket: 30_000, dns: 10_000 } as const;

/** True for this machine's own names and addresses. */
function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1';
}

/**
 * Sends mail through an SMTP server (nodemailer), one connection per mail, with timeouts at
 * each step, so a server that is down or slow makes `send` reject within seconds. A password
 * is never sent in the clear to another machine: with an account on a host beyond loopback,
 * a connection that is not TLS from the start must be upgraded by STARTTLS. Mails take no
 * files or URLs from their content.
 */
export function smtpMailer(settings: SmtpSettings): Mailer & { close(): void } {
  const transport = createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: !settings.secure && settings.user !== undefined && !isLoopback(settings.host),
    ...(settings.user !== undefined ? { auth: { user: settings.user, pass: settings.password ?? '' } } : {}),
    connectionTimeout: SMTP_TIMEOUTS.connection,
    greetingTimeout: SMTP_TIMEOUTS.greeting,
    socketTimeout: SMTP_TIMEOUTS.socket,
    dnsTimeout: SMTP_TIMEOUTS.dns,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html !== undefined ? { html: mail.html } : {}),
        ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, content: mail.calendar.ics, filename: 'office-hours.ics' } } : {}),
      });
    },
    close: () => transport.close(),
  };
}
