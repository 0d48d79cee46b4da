import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { defaultMailSettings, type MailSettings, type MailSettingsChange, mailSettingsChange } from './schemas.js';

/** A member's mail settings as they see them: their choices and the address mail goes to. */
export interface MemberMailSettings extends MailSettings {
  /** The email of their account, where digests and notices go. */
  email: string;
}

/** Whether the member has a calendar feed, and since when (never its URL). */
export interface CalendarFeedState {
  exists: boolean;
  createdAt: string | null;
}

async function emailOf(ctx: Context): Promise<string> {
  const email = await ctx.ws.mail.email();
  if (email === undefined) throw new AppError('not_found', 'Mail settings belong to a team account');
  return email;
}

/** The acting member's mail settings, the defaults when they never chose. */
export async function getMailSettings(ctx: Context): Promise<MemberMailSettings> {
  const email = await emailOf(ctx);
  const settings = (await ctx.ws.mail.settings()) ?? defaultMailSettings;
  return { digest: settings.digest, notices: settings.notices, email };
}

/** Changes the acting member's digest choice, notices, or both; the rest is kept. */
export async function changeMailSettings(ctx: Context, input: { change: MailSettingsChange }): Promise<MemberMailSettings> {
  const parsed = mailSettingsChange.safeParse(input.change);
  if (!parsed.success) throw new AppError('invalid_input', 'Give digest (off, daily or weekly) and/or notices (true or false)');
  const current = await getMailSettings(ctx);
  const next: MailSettings = { digest: parsed.data.digest ?? current.digest, notices: parsed.data.notices ?? current.notices };
  await ctx.ws.mail.saveSettings(next, ctx.clock.now());
  return { ...next, email: current.email };
}

/** Whether the acting member has a calendar feed. */
export async function calendarFeedState(ctx: Context): Promise<CalendarFeedState> {
  await emailOf(ctx);
  const feed = await ctx.ws.mail.calendarFeed();
  return { exists: feed !== undefined, createdAt: feed?.createdAt ?? null };
}

/**
 * Makes the acting member's calendar feed, replacing (and so revoking) any earlier one: the
 * secret token of its URL, which is shown now and never again.
 */
export async function makeCalendarFeed(ctx: Context): Promise<{ token: string; createdAt: string }> {
  await emailOf(ctx);
  const createdAt = ctx.clock.now();
  return { token: await ctx.ws.mail.replaceCalendarFeed(createdAt), createdAt };
}

/** Revokes the acting member's calendar feed: its URL answers 404 from now on. */
export async function revokeCalendarFeed(ctx: Context): Promise<void> {
  await emailOf(ctx);
  if (!(await ctx.ws.mail.removeCalendarFeed())) throw new AppError('not_found', 'You have no calendar feed to revoke');
}
