import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DueDigest, MailRecipient, MemberMail, TeamMail } from '../core/mail/ports.js';
import { type DigestChoice, defaultMailSettings, type MailSettings } from '../core/mail/schemas.js';
import type { AnyDB } from './schema.js';

type Db = Kysely<AnyDB> | Transaction<AnyDB>;
type Row = Record<string, unknown>;

/** The hash a calendar-feed token is kept and looked up by. */
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Settings as core reads them: the stored row, or the defaults when the member never chose. */
function settingsOf(row: Row): MailSettings {
  if (row.digest === null || row.digest === undefined) return { ...defaultMailSettings };
  return { digest: row.digest as DigestChoice, notices: Boolean(row.notices) };
}

/** A member's account joined to their settings (left join: no row means the defaults). */
function recipients(db: Db) {
  return db
    .selectFrom('authUsers as u')
    .leftJoin('mailSettings as m', 'm.userId', 'u.id')
    .select(['u.id as userId', 'u.email', 'u.name', 'm.digest', 'm.notices']);
}

function recipientOf(row: Row): MailRecipient {
  return { userId: row.userId as string, email: row.email as string, name: row.name as string, settings: settingsOf(row) };
}

/** The mail settings and calendar feed of the member `userId`: every read and write is theirs only. */
export function memberMail(db: Db, userId: string): MemberMail {
  return {
    async settings() {
      const row = await db.selectFrom('mailSettings').select(['digest', 'notices']).where('userId', '=', userId).executeTakeFirst();
      return row ? settingsOf(row) : undefined;
    },
    async saveSettings(settings, at) {
      const changes = { digest: settings.digest, notices: settings.notices ? 1 : 0, updatedAt: at };
      await db
        .insertInto('mailSettings')
        .values({ userId, ...changes })
        .onConflict((oc) => oc.column('userId').doUpdateSet(changes))
        .execute();
    },
    async email() {
      const row = await db.selectFrom('authUsers').select('email').where('id', '=', userId).executeTakeFirst();
      return row ? (row.email as string) : undefined;
    },
    async calendarFeed() {
      const row = await db.selectFrom('calendarFeeds').select('createdAt').where('userId', '=', userId).executeTakeFirst();
      return row ? { createdAt: row.createdAt as string } : undefined;
    },
    async replaceCalendarFeed(at) {
      // 256 random bits: a feed URL cannot be guessed, and only its hash is kept.
      const token = randomBytes(32).toString('base64url');
      const changes = { tokenHash: hashToken(token), createdAt: at };
      await db
        .insertInto('calendarFeeds')
        .values({ userId, ...changes })
        .onConflict((oc) => oc.column('userId').doUpdateSet(changes))
        .execute();
      return token;
    },
    async removeCalendarFeed() {
      const result = await db.deleteFrom('calendarFeeds').where('userId', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

/** Mail across the team: addresses and settings, digest claims, calendar feeds by token. */
export function teamMail(db: Db): TeamMail {
  return {
    async recipient(userId) {
      const row = await recipients(db).where('u.id', '=', userId).executeTakeFirst();
      return row ? recipientOf(row) : undefined;
    },
    async dueDigests(periods) {
      const rows = await recipients(db)
        .where('m.digest', 'in', ['daily', 'weekly'])
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('mailDigests as d')
                .select('d.userId')
                .whereRef('d.userId', '=', 'u.id')
                .where((p) =>
                  p.or([
                    p.and([p('m.digest', '=', 'daily'), p('d.period', '=', periods.daily)]),
                    p.and([p('m.digest', '=', 'weekly'), p('d.period', '=', periods.weekly)]),
                  ]),
                ),
            ),
          ),
        )
        .orderBy('u.id')
        .execute();
      return rows.map((row): DueDigest => {
        const recipient = recipientOf(row);
        return { ...recipient, period: recipient.settings.digest === 'daily' ? periods.daily : periods.weekly };
      });
    },
    async claimDigest(userId, period, at) {
      const result = await db
        .insertInto('mailDigests')
        .values({ userId, period, claimedAt: at })
        .onConflict((oc) => oc.columns(['userId', 'period']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
    },
    async releaseDigest(userId, period) {
      await db.deleteFrom('mailDigests').where('userId', '=', userId).where('period', '=', period).execute();
    },
    async forgetDigestsBefore(at) {
      const result = await db.deleteFrom('mailDigests').where('claimedAt', '<', at).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async calendarFeedOwner(token) {
      const row = await db.selectFrom('calendarFeeds').select('userId').where('tokenHash', '=', hashToken(token)).executeTakeFirst();
      return row ? (row.userId as string) : undefined;
    },
  };
}
