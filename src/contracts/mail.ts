import { z } from 'zod';
import { digestChoices, mailSettingsChange } from '../core/mail/schemas.js';

/** A member's mail settings as the API answers them, with whether this server sends mail at all. */
export const mailSettingsSchema = z.object({
  /** False when SMTP is not configured on the server: then no email is ever sent. */
  mailConfigured: z.boolean(),
  digest: z.enum(digestChoices),
  notices: z.boolean(),
  /** Where digests and notices go: the account's email. */
  email: z.string(),
});

/** A change of the mail settings: `digest` (`off`, `daily` or `weekly`), `notices`, or both. */
export const mailSettingsBody = mailSettingsChange;

/** Whether the member has a calendar feed (never its URL: that is shown once, when made). */
export const calendarFeedStateSchema = z.object({
  exists: z.boolean(),
  createdAt: z.string().nullable(),
});

/** A new calendar feed: its secret URL, shown now and never again. */
export const madeCalendarFeedSchema = z.object({
  url: z.string(),
  createdAt: z.string(),
});
