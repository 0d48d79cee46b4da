import type { z } from 'zod';
import type {
  calendarFeedStateSchema,
  madeCalendarFeedSchema,
  mailSettingsBody,
  mailSettingsSchema,
} from '../../../../src/contracts/mail.js';

/** A member's mail settings, with whether the server sends mail at all. */
export type MailSettings = z.infer<typeof mailSettingsSchema>;

/** How often the digest of next actions comes: `off`, `daily` or `weekly`. */
export type DigestChoice = MailSettings['digest'];

/** A change of the mail settings. */
export type MailSettingsChange = z.input<typeof mailSettingsBody>;

/** Whether the member has a calendar feed (never its address). */
export type CalendarFeedState = z.infer<typeof calendarFeedStateSchema>;

/** A new calendar feed: its secret address, shown once. */
export type MadeCalendarFeed = z.infer<typeof madeCalendarFeedSchema>;

/** The digest choices as the page offers them. */
export const digestOptions: Array<{ value: DigestChoice; label: string; hint: string }> = [
  { value: 'off', label: 'Off', hint: 'No digest: nothing about your work leaves the server by mail.' },
  { value: 'daily', label: 'Daily', hint: 'Once a day, early in the day (server time): what to do today and this week.' },
  { value: 'weekly', label: 'Weekly', hint: 'Once a week, on Monday or the first day after it the server runs: what to do this week.' },
];
