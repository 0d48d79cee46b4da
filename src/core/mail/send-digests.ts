import { nextActions } from '../actions/next-actions.js';
import type { Clock } from '../clock.js';
import { awaitingReply } from '../mentoring/inbox.js';
import type { Context } from '../ports.js';
import { DIGEST_DAYS, digestMail } from './digest-mail.js';
import { failureLine, type Mailer, type MailLog } from './mailer.js';
import type { TeamMail } from './ports.js';

/** What one run of the digests did. */
export interface DigestRun {
  /** Digests sent. */
  sent: number;
  /** Digests due with nothing in them: not sent, and the period counts as done. */
  empty: number;
  /** Digests that could not go: they are due again at the next run. */
  failed: number;
  /** Digests another process claimed first (it sends them). */
  claimedElsewhere: number;
}

/** What sending the digests needs: the team's mail, a mailer, the clock and each member's workspace. */
export interface DigestDeps {
  mail: TeamMail;
  mailer: Mailer;
  clock: Clock;
  /** The address members open, for the links in a digest. */
  publicUrl: string;
  /** The core context of a member's workspace. */
  contextOf(userId: string): Promise<Context>;
  log: MailLog;
}

/** How long a digest's claim is kept: longer than the longest period (a week), so it is never needed again. */
export const CLAIMS_KEPT_DAYS = 14;

/** The ISO week of a `YYYY-MM-DD` date, `YYYY-Www` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7) + 3);
  const year = d.getUTCFullYear();
  const ordinal = Math.round((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000);
  return `${year}-W${String(Math.floor(ordinal / 7) + 1).padStart(2, '0')}`;
}

/**
 * Sends every digest due now, as of the clock's date: a daily digest once a day, a weekly one
 * once a calendar week (Monday to Sunday; the first run of the week sends it). Each digest is
 * claimed in the database before it is made, so several processes on one database send it
 * once; one that cannot go is released, to be tried at the next run, and reported as one line.
 * A digest with nothing to do in it is not sent. Members are served one after another. Claims
 * older than {@link CLAIMS_KEPT_DAYS} days are forgotten at each run: their periods are over.
 */
export async function sendDueDigests(deps: DigestDeps): Promise<DigestRun> {
  const today = deps.clock.today();
  const run: DigestRun = { sent: 0, empty: 0, failed: 0, claimedElsewhere: 0 };
  const due = await deps.mail.dueDigests({ daily: today, weekly: isoWeek(today) });
  for (const member of due) {
    const choice = member.settings.digest;
    if (choice === 'off') continue;
    if (!(await deps.mail.claimDigest(member.userId, member.period, deps.clock.now()))) {
      run.claimedElsewhere += 1;
      continue;
    }
    try {
      const ctx = await deps.contextOf(member.userId);
      const { actions } = await nextActions(ctx, { today, horizonDays: DIGEST_DAYS });
      const waiting = (await awaitingReply(ctx)).map((c) => ({
        conversationId: c.id,
        from: c.other.name,
        sentAt: c.lastMessage?.sentAt ?? c.updatedAt,
      }));
      if (actions.length === 0 && waiting.length === 0) {
        run.empty += 1;
        continue;
      }
      await deps.mailer.send(
        digestMail({ to: member.email, name: member.name, choice, today, actions, waiting, publicUrl: deps.publicUrl }),
      );
      run.sent += 1;
    } catch (error) {
      run.failed += 1;
      deps.log(`Mail: the ${choice} digest to ${member.email} was not sent (${failureLine(error)}); it is tried again at the next run`);
      await deps.mail.releaseDigest(member.userId, member.period).catch(() => {});
    }
  }
  const cutoff = new Date(Date.parse(deps.clock.now()) - CLAIMS_KEPT_DAYS * 86_400_000).toISOString();
  await deps.mail.forgetDigestsBefore(cutoff);
  return run;
}
