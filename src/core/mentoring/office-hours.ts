import { addDays } from '../clock.js';
import { AppError } from '../errors.js';
import type { Colleague, Context, Workspace } from '../ports.js';
import { relationshipCircledBack } from '../relationships/has-circled-back.js';
import type { Conversation, MentorOffer, OfficeHourBooking, OfficeHours, Weekday } from './schemas.js';
import { weekdayOf, zonedDate, zonedToUtc } from './zoned-time.js';

/** How far ahead a mentor's office hours can be booked. */
export const OFFICE_HOURS_WEEKS = 8;

const MINUTE = 60_000;

/** One start of a mentor's recurring slot: the instant (UTC) and the mentor's wall clock at it. */
export interface SlotOccurrence {
  /** ISO timestamp in UTC. */
  startsAt: string;
  endsAt: string;
  minutes: number;
  weekday: Weekday;
  /** The date and time in the mentor's time zone, as the slot is written. */
  localDate: string;
  localTime: string;
}

/**
 * The starts of `hours`' slots after `now` and before `weeks` weeks from it, soonest first:
 * every such weekday for a weekly cadence, the first such weekday of each month for a monthly
 * one. Each is computed on the mentor's wall clock in their time zone (a 09:00 slot stays at
 * 09:00 there across summer time) and given as a UTC instant. Two slots that start at the same
 * instant are one occurrence (the first written).
 */
export function upcomingOccurrences(hours: OfficeHours, now: string, weeks = OFFICE_HOURS_WEEKS): SlotOccurrence[] {
  const from = Date.parse(now);
  const until = from + weeks * 7 * 24 * 60 * MINUTE;
  const first = zonedDate(hours.timeZone, now);
  const found = new Map<string, SlotOccurrence>();
  // One day more than the window on the mentor's calendar: their today may begin before `now`'s UTC date.
  for (let day = 0; day <= weeks * 7 + 1; day += 1) {
    const localDate = addDays(first, day);
    if (hours.cadence === 'monthly' && Number(localDate.slice(8)) > 7) continue;
    const weekday = weekdayOf(localDate);
    for (const slot of hours.slots) {
      if (slot.weekday !== weekday) continue;
      const startsAt = zonedToUtc(hours.timeZone, localDate, slot.time);
      const start = Date.parse(startsAt);
      if (start <= from || start >= until || found.has(startsAt)) continue;
      const endsAt = new Date(start + slot.minutes * MINUTE).toISOString();
      found.set(startsAt, { startsAt, endsAt, minutes: slot.minutes, weekday, localDate, localTime: slot.time });
    }
  }
  return [...found.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** An occurrence as a colleague sees it: free, or taken by someone (never who). */
export type OfferedOccurrence = SlotOccurrence & { free: boolean };

/** A colleague's office hours as the reader sees them, and whether the reader may book them. */
export interface OfficeHoursView {
  colleague: Colleague;
  officeHours: OfficeHours;
  weeks: number;
  occurrences: OfferedOccurrence[];
  /** Whether the reader may book one now, and why not when they may not. */
  booking: { allowed: boolean; reason: string | null };
}

/** A colleague's offer with office hours; `not_found` when they offer none (or are nobody). */
export async function officeHoursOffer(
  ctx: Context,
  mentorUserId: string,
): Promise<MentorOffer & { name: string; officeHours: OfficeHours }> {
  const offer = await ctx.ws.mentoring.offer(mentorUserId);
  if (!offer?.officeHours) {
    throw new AppError('not_found', `No colleague with id ${mentorUserId} offers office hours`, { id: mentorUserId });
  }
  return offer as MentorOffer & { name: string; officeHours: OfficeHours };
}

/**
 * Why the reader may not book `mentor`'s office hours now, or null when they may. Office hours
 * come after trust exists (SPEC §1.4): the reader must be in a conversation with the mentor as
 * their mentee, and their relationship must hold a circle-back that passed its check. They are a
 * cadence, not a stock: a mentee holds one booking with a mentor at a time, and books the next
 * once it has begun.
 */
export async function whyNotBookable(
  ctx: Context,
  mentor: { userId: string; name: string },
): Promise<
  { reason: string; code: 'illegal_transition' | 'conflict'; conversation?: undefined } | { reason: null; conversation: Conversation }
> {
  if (mentor.userId === ctx.ws.userId) return { reason: 'These are your own office hours', code: 'illegal_transition' };
  const conversation = await ctx.ws.mentoring.conversationWith(mentor.userId);
  if (!conversation) {
    return {
      reason: `Office hours come after trust exists: send ${mentor.name} a smallest ask in the app first`,
      code: 'illegal_transition',
    };
  }
  if (!(await relationshipCircledBack(ctx.ws, conversation.menteeRelationshipId))) {
    return {
      reason: `Office hours with ${mentor.name} come after a circle-back that passed its check: apply their advice and tell them the result first`,
      code: 'illegal_transition',
    };
  }
  const held = await heldBooking(ctx.ws, mentor.userId, ctx.clock.now());
  if (held) return { reason: heldReason(mentor.name, held), code: 'conflict' };
  return { reason: null, conversation };
}

/** The reader's booking, as mentee, of `mentorUserId`'s office hours that has not begun at `now`. */
export async function heldBooking(ws: Workspace, mentorUserId: string, now: string): Promise<OfficeHourBooking | undefined> {
  return (await ws.mentoring.bookings(now)).find(
    (b) => b.menteeUserId === ws.userId && b.mentorUserId === mentorUserId && b.startsAt > now,
  );
}

/** Why a mentee who holds `booking` may not book another of `name`'s office hours. */
export function heldReason(name: string, booking: OfficeHourBooking): string {
  const at = utcStartText(booking.startsAt);
  return `You have booked ${name}'s office hours on ${at}: book the next ones after them, or cancel them to choose another time`;
}

/** A booking's start in words that need no time zone: `2026-12-10 at 08:30 UTC`. */
export function utcStartText(startsAt: string): string {
  return `${startsAt.slice(0, 10)} at ${startsAt.slice(11, 16)} UTC`;
}

/**
 * A colleague's office hours: their slots, and the occurrences of the next weeks, each free or
 * taken (taken by anyone; who booked it is never shown), and whether the reader may book one.
 * `not_found` when the colleague offers no office hours.
 */
export async function getOfficeHours(ctx: Context, options: { mentorUserId: string }): Promise<OfficeHoursView> {
  const offer = await officeHoursOffer(ctx, options.mentorUserId);
  const now = ctx.clock.now();
  const taken = new Set(await ctx.ws.mentoring.bookedStarts(offer.userId, now));
  const { reason } = await whyNotBookable(ctx, offer);
  return {
    colleague: { id: offer.userId, name: offer.name },
    officeHours: offer.officeHours,
    weeks: OFFICE_HOURS_WEEKS,
    occurrences: upcomingOccurrences(offer.officeHours, now).map((o) => ({ ...o, free: !taken.has(o.startsAt) })),
    booking: { allowed: reason === null, reason },
  };
}
