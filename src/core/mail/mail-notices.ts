import type { Notices } from '../mentoring/notices.js';
import { failureLine, type Mailer, type MailLog } from './mailer.js';
import { noticeMail } from './notice-mail.js';
import type { TeamMail } from './ports.js';

/** Notices by email, and a way to wait for those under way (before the server closes its database). */
export interface MailNotices extends Notices {
  /** Resolves once every notice under way has gone or failed. */
  idle(): Promise<void>;
}

/**
 * Notices by email: when something arrives in a member's inbox, a mail to their account's
 * address says who sent what kind of message, with a link to the conversation, unless the
 * member turned notices off. It runs after the answer to the sender, and a notice that cannot
 * go is one line on the server's terminal: the message is delivered in the app whatever mail does.
 */
export function mailNotices(deps: { mail: TeamMail; mailer: Mailer; publicUrl: string; log: MailLog }): MailNotices {
  const pending = new Set<Promise<void>>();
  return {
    arrived(notice) {
      const delivery = (async () => {
        const recipient = await deps.mail.recipient(notice.toUserId);
        if (!recipient?.settings.notices) return;
        try {
          await deps.mailer.send(
            noticeMail({
              to: recipient.email,
              fromName: notice.fromName,
              kind: notice.kind,
              conversationId: notice.conversationId,
              publicUrl: deps.publicUrl,
            }),
          );
        } catch (error) {
          deps.log(`Mail: the notice to ${recipient.email} was not sent (${failureLine(error)})`);
        }
      })().catch((error: unknown) => deps.log(`Mail: a notice was not sent (${failureLine(error)})`));
      const tracked = delivery.finally(() => pending.delete(tracked));
      pending.add(tracked);
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
