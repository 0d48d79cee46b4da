import type { Clock } from '../clock.js';
import type { Notices } from '../mentoring/notices.js';
import { officeHoursInvitation } from '../mentoring/office-hours-invitation.js';
import { failureLine, type Mailer, type MailLog } from './mailer.js';
import { noticeMail, officeHoursNoticeMail } from './notice-mail.js';
import type { TeamMail } from './ports.js';

/** Notices by email, and a way to wait for those under way (before the server closes its database). */
export interface MailNotices extends Notices {
  /** Resolves once every notice under way has gone or failed. */
  idle(): Promise<void>;
}

/**
 * Notices by email: when something arrives in a member's inbox, a mail to their account's
 * address says who sent what kind of message, with a link to the conversation, unless the
 * member turned notices off; office hours booked or cancelled by the other person come with the
 * calendar's invitation or cancellation. It runs after the answer to the sender, and a notice
 * that cannot go is one line on the server's terminal: the app's work is done whatever mail does.
 */
export function mailNotices(deps: { mail: TeamMail; mailer: Mailer; publicUrl: string; log: MailLog; clock: Clock }): MailNotices {
  const pending = new Set<Promise<void>>();
  /** Runs `deliver` after the answer, tracked until done; what fails is one line of the log. */
  const later = (deliver: () => Promise<void>) => {
    const delivery = deliver().catch((error: unknown) => deps.log(`Mail: a notice was not sent (${failureLine(error)})`));
    const tracked = delivery.finally(() => pending.delete(tracked));
    pending.add(tracked);
  };
  /** Sends `mail` to a member who keeps notices on; a failure is one line of the log. */
  const sendTo = async (email: string, mail: Parameters<Mailer['send']>[0]) => {
    try {
      await deps.mailer.send(mail);
    } catch (error) {
      deps.log(`Mail: the notice to ${email} was not sent (${failureLine(error)})`);
    }
  };
  return {
    arrived(notice) {
      later(async () => {
        const recipient = await deps.mail.recipient(notice.toUserId);
        if (!recipient?.settings.notices) return;
        await sendTo(
          recipient.email,
          noticeMail({
            to: recipient.email,
            fromName: notice.fromName,
            kind: notice.kind,
            conversationId: notice.conversationId,
            publicUrl: deps.publicUrl,
          }),
        );
      });
    },
    officeHours({ toUserId, fromName, event, booking }) {
      later(async () => {
        const recipient = await deps.mail.recipient(toUserId);
        if (!recipient?.settings.notices) return;
        const [mentor, mentee] = await Promise.all([deps.mail.recipient(booking.mentorUserId), deps.mail.recipient(booking.menteeUserId)]);
        const party = (who: typeof mentor) => ({ name: who?.name ?? 'A colleague', email: who?.email ?? null });
        const endsAt = new Date(Date.parse(booking.startsAt) + booking.minutes * 60_000).toISOString();
        const ics = officeHoursInvitation(
          { clock: deps.clock },
          { booking: { ...booking, endsAt }, mentor: party(mentor), mentee: party(mentee), cancelled: event === 'cancelled' },
        );
        await sendTo(
          recipient.email,
          officeHoursNoticeMail({
            to: recipient.email,
            fromName,
            event,
            startsAt: booking.startsAt,
            minutes: booking.minutes,
            conversationId: booking.conversationId,
            publicUrl: deps.publicUrl,
            ics,
          }),
        );
      });
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
