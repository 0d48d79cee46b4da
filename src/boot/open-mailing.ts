import type { SmtpConfig } from '../config/mail-config.js';
import { AppError } from '../core/errors.js';
import { mailNotices } from '../core/mail/mail-notices.js';
import { failureLine, type MailLog } from '../core/mail/mailer.js';
import { resetLinkMail } from '../core/mail/notice-mail.js';
import { type DigestRun, sendDueDigests } from '../core/mail/send-digests.js';
import type { Notices } from '../core/mentoring/notices.js';
import type { Workspaces } from './open-workspace.js';

/** How often a team server looks for digests that are due: every 15 minutes. */
export const DIGEST_CHECK_MS = 15 * 60_000;

/** A team's mail as a process uses it: notices, reset links and digests, or nothing when SMTP is not configured. */
export interface Mailing {
  /** Whether SMTP is configured: without it nothing is ever sent. */
  readonly configured: boolean;
  /** Notices of what arrived in an inbox; undefined without mail. */
  readonly notices: Notices | undefined;
  /** Hands a password-reset link over: by mail, or without mail on the server's terminal for the operator. */
  deliverResetLink(email: string, url: string): Promise<void>;
  /** Sends the digests due now (refused without mail). */
  sendDueDigests(): Promise<DigestRun>;
  /** Checks for due digests now and every `everyMs`, until the returned function stops it (it waits for a run under way). */
  scheduleDigests(everyMs?: number): () => Promise<void>;
  /** Resolves once every mail under way has gone or failed. */
  idle(): Promise<void>;
  /** Waits for mail under way, then lets the SMTP connections go. */
  close(): Promise<void>;
}

/** Writes one line on the process's standard error: the server's terminal. */
const terminal: MailLog = (line) => {
  process.stderr.write(`${line}\n`);
};

/**
 * The mail of a team whose members' workspaces `workspaces` opens: SMTP when `smtp` is given
 * (the mailer is loaded only then), and otherwise nothing sent, reset links on the terminal.
 * Every failure to send is one line of `log` (the server's terminal): it never fails the
 * request that caused the mail and never reaches a user.
 */
export async function openMailing(
  workspaces: Workspaces,
  options: { smtp?: SmtpConfig | undefined; publicUrl: string; log?: MailLog | undefined },
): Promise<Mailing> {
  const log = options.log ?? terminal;
  const { smtp, publicUrl } = options;
  if (!smtp) {
    return {
      configured: false,
      notices: undefined,
      async deliverResetLink(email, url) {
        log(`Password reset asked for ${email}: give them ${url} (valid one hour)`);
      },
      sendDueDigests: () => Promise.reject(notConfigured()),
      scheduleDigests: () => async () => {},
      idle: async () => {},
      close: async () => {},
    };
  }
  const { smtpMailer } = await import('../mail/smtp-mailer.js');
  const mailer = smtpMailer(smtp);
  const notices = mailNotices({ mail: workspaces.mail, mailer, publicUrl, log, clock: workspaces.clock });
  const pending = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>) => {
    const tracked = work.finally(() => pending.delete(tracked));
    pending.add(tracked);
    return tracked;
  };
  const sendDigests = () =>
    sendDueDigests({
      mail: workspaces.mail,
      mailer,
      clock: workspaces.clock,
      publicUrl,
      contextOf: (userId) => workspaces.open({ kind: 'user', userId }),
      log,
    });
  let running: Promise<unknown> | undefined;
  const runOnce = () => {
    running ??= track(
      sendDigests()
        .catch((error: unknown) => log(`Mail: the digests were not sent (${failureLine(error)}); they are tried again at the next check`))
        .finally(() => {
          running = undefined;
        }),
    );
  };
  const idle = async () => {
    await notices.idle();
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };
  return {
    configured: true,
    notices,
    async deliverResetLink(email, url) {
      // Not awaited: the answer to a reset request takes as long whether or not the email has an account.
      track(
        mailer
          .send(resetLinkMail({ to: email, url }))
          .catch((error: unknown) =>
            log(`Mail: the password reset link to ${email} was not sent (${failureLine(error)}): give them ${url} (valid one hour)`),
          ),
      );
    },
    sendDueDigests: () => sendDigests(),
    scheduleDigests(everyMs = DIGEST_CHECK_MS) {
      runOnce();
      const timer = setInterval(runOnce, everyMs);
      timer.unref();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
    idle,
    async close() {
      await idle();
      mailer.close();
    },
  };
}

function notConfigured(): AppError {
  return new AppError(
    'usage',
    'Mail is not configured: set UNDERSTUDY_SMTP_HOST and UNDERSTUDY_SMTP_FROM (or --smtp-host and --smtp-from)',
  );
}
