import type { MailSettings } from './schemas.js';

/**
 * The acting member's mail settings and calendar feed. The feed's secret token is shown once,
 * when it is made: only its hash is kept, so the token cannot be read back.
 */
export interface MemberMail {
  /** The member's settings; undefined when they never chose (core's defaults apply). */
  settings(): Promise<MailSettings | undefined>;
  /** Saves the member's settings. */
  saveSettings(settings: MailSettings, at: string): Promise<void>;
  /** The email of the member's account; undefined without one (solo mode). */
  email(): Promise<string | undefined>;
  /** Whether the member has a calendar feed, and since when. */
  calendarFeed(): Promise<{ createdAt: string } | undefined>;
  /** Makes the member's calendar feed, replacing any earlier one: its new secret token. */
  replaceCalendarFeed(at: string): Promise<string>;
  /** Revokes the member's calendar feed; false when there was none. */
  removeCalendarFeed(): Promise<boolean>;
}

/** A member as mail reaches them: their account's email and name, and their settings. */
export interface MailRecipient {
  userId: string;
  email: string;
  name: string;
  settings: MailSettings;
}

/** A member whose digest is due, and the period it covers (`YYYY-MM-DD` or `YYYY-Www`). */
export interface DueDigest extends MailRecipient {
  period: string;
}

/**
 * Mail across the team, for the server's own work rather than a member's request: a notice's
 * recipient, whose digest is due, claiming a digest so that one process sends it, and whose
 * calendar feed a token opens. It returns addresses and settings only, never a record.
 */
export interface TeamMail {
  /** A member's email, name and settings; undefined when there is no such account. */
  recipient(userId: string): Promise<MailRecipient | undefined>;
  /**
   * The members whose digest is due: those with a daily digest and none claimed for
   * `periods.daily`, and those with a weekly one and none claimed for `periods.weekly`.
   */
  dueDigests(periods: { daily: string; weekly: string }): Promise<DueDigest[]>;
  /** Claims `userId`'s digest of `period`: true for exactly one caller, whichever process it runs in. */
  claimDigest(userId: string, period: string, at: string): Promise<boolean>;
  /** Gives a claim up (its mail could not go), so a later run sends it. */
  releaseDigest(userId: string, period: string): Promise<void>;
  /** Forgets the claims made before `at` (their periods are over): how many. */
  forgetDigestsBefore(at: string): Promise<number>;
  /** The member whose live calendar feed `token` is; undefined for an unknown or revoked one. */
  calendarFeedOwner(token: string): Promise<string | undefined>;
}
