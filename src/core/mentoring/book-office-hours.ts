import { AppError } from '../errors.js';
import type { Colleague, Context } from '../ports.js';
import { parseInput } from '../records/parse-input.js';
import { applyMove } from '../relationships/move-relationship.js';
import type { Relationship } from '../relationships/schemas.js';
import { whyIllegal } from '../relationships/stages.js';
import { heldBooking, heldReason, OFFICE_HOURS_WEEKS, officeHoursOffer, upcomingOccurrences, whyNotBookable } from './office-hours.js';
import { bookingInput, type OfficeHourBooking } from './schemas.js';

/** A booking as one of its two people sees it. */
export interface BookingView {
  id: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  /** The reader's part in it. */
  role: 'mentee' | 'mentor';
  /** The other person: the mentor for the mentee, and the other way round. */
  other: Colleague;
  conversationId: string;
  createdAt: string;
}

/** What booking did: the booking, and the mentee's relationship after it (null when they deleted it). */
export type BookedOfficeHours = BookingView & { relationship: Relationship | null };

const MINUTE = 60_000;
/** The longest slot: a booking that began this long ago may still be under way. */
const LONGEST_SLOT_MINUTES = 60;

/**
 * Books one of a colleague's office-hour slots, as their mentee. Office hours come after trust
 * exists (SPEC §1.4): the reader needs a conversation with the mentor and a circle-back in it
 * that passed its check (`illegal_transition` otherwise). `startsAt` must be one of the slots
 * offered in the next weeks, still ahead (`invalid_input` otherwise) and free (`conflict` when
 * anyone booked it, even at the same moment); a mentee holds one booking with a mentor at a
 * time (`conflict` for a second before the first begins, even booked at the same moment, as the
 * mentor's offer is held while it is checked). In the same transaction the mentee's relationship
 * records the office hours' cadence and length, and moves to `office-hours` when its stage
 * allows it (after an escalation). Nothing is logged as a meeting: a meeting is logged once it
 * happened.
 */
export async function bookOfficeHours(ctx: Context, options: { input: unknown }): Promise<BookedOfficeHours> {
  const input = parseInput(bookingInput, options.input, 'booking');
  if (input.mentorUserId === ctx.ws.userId) throw new AppError('invalid_input', 'You cannot book your own office hours');
  const offer = await officeHoursOffer(ctx, input.mentorUserId);
  const now = ctx.clock.now();
  const startsAt = new Date(input.startsAt).toISOString();
  if (startsAt <= now) throw new AppError('invalid_input', `Office hours are booked ahead: ${startsAt} has already begun`);
  const occurrence = upcomingOccurrences(offer.officeHours, now).find((o) => o.startsAt === startsAt);
  if (!occurrence) {
    throw new AppError(
      'invalid_input',
      `${startsAt} is not the start of one of ${offer.name}'s office-hour slots in the next ${OFFICE_HOURS_WEEKS} weeks`,
      { startsAt },
    );
  }
  const allowed = await whyNotBookable(ctx, offer);
  if (allowed.reason !== null) throw new AppError(allowed.code, allowed.reason, { mentorUserId: offer.userId });
  return ctx.ws.transaction(async (ws) => {
    const inner = { ...ctx, ws };
    // Two tabs booking two starts at once: the offer's row is held, so the second sees the first.
    await ws.mentoring.holdOffer(offer.userId);
    const held = await heldBooking(ws, offer.userId, now);
    if (held) throw new AppError('conflict', heldReason(offer.name, held), { startsAt: held.startsAt });
    const booking: OfficeHourBooking = {
      id: ctx.newId(),
      conversationId: allowed.conversation.id,
      mentorUserId: offer.userId,
      menteeUserId: ws.userId,
      startsAt,
      minutes: occurrence.minutes,
      createdAt: now,
    };
    // One booking per start: the database's unique key decides between two mentees booking at once.
    if (!(await ws.mentoring.insertBooking(booking))) {
      throw new AppError('conflict', `${offer.name}'s office hours at ${startsAt} are taken: choose another slot`, { startsAt });
    }
    let relationship = await ws.table('relationships').get(allowed.conversation.menteeRelationshipId);
    if (relationship) {
      const changes = {
        officeHoursCadence: offer.officeHours.cadence,
        officeHoursMinutes: occurrence.minutes,
        updatedAt: ctx.clock.now(),
      };
      await ws.table('relationships').update(relationship.id, changes);
      relationship = { ...relationship, ...changes };
      if (!whyIllegal(relationship.stage, 'office-hours')) {
        relationship = await applyMove(inner, { relationshipId: relationship.id, to: 'office-hours' });
      }
    }
    return { ...viewOf(booking, 'mentee', { id: offer.userId, name: offer.name }), relationship: relationship ?? null };
  });
}

function viewOf(booking: OfficeHourBooking, role: BookingView['role'], other: Colleague): BookingView {
  return {
    id: booking.id,
    startsAt: booking.startsAt,
    endsAt: new Date(Date.parse(booking.startsAt) + booking.minutes * MINUTE).toISOString(),
    minutes: booking.minutes,
    role,
    other,
    conversationId: booking.conversationId,
    createdAt: booking.createdAt,
  };
}

/** The reader's bookings as their two people see them, with the other person's name. */
async function viewsOf(ctx: Context, bookings: readonly OfficeHourBooking[]): Promise<BookingView[]> {
  if (bookings.length === 0) return [];
  const ids = [...new Set(bookings.map((b) => b.conversationId))];
  const others = new Map((await ctx.ws.mentoring.conversations({ ids })).map((s) => [s.conversation.id, s.other]));
  const me = ctx.ws.userId;
  return bookings.map((b) => {
    const role = b.menteeUserId === me ? 'mentee' : 'mentor';
    const other = others.get(b.conversationId) ?? { id: role === 'mentee' ? b.mentorUserId : b.menteeUserId, name: 'A colleague' };
    return viewOf(b, role, other);
  });
}

/** The reader's office hours still to come or under way, as mentee and as mentor, soonest first. */
export async function listBookings(ctx: Context): Promise<BookingView[]> {
  const now = ctx.clock.now();
  const from = new Date(Date.parse(now) - LONGEST_SLOT_MINUTES * MINUTE).toISOString();
  return (await viewsOf(ctx, await ctx.ws.mentoring.bookings(from))).filter((b) => b.endsAt > now);
}

/** One booking of the reader's (as mentee or mentor); `not_found` to anyone else, as for an id nobody has. */
export async function getBooking(ctx: Context, options: { id: string }): Promise<BookingView> {
  const booking = await ctx.ws.mentoring.booking(options.id);
  if (!booking) throw new AppError('not_found', `No booking with id ${options.id}`, { id: options.id });
  return (await viewsOf(ctx, [booking]))[0] as BookingView;
}

/**
 * Cancels one of the reader's office hours, as its mentee or its mentor, before it begins: the
 * start is free again for anyone. `not_found` to anyone else, as for an id nobody has; a booking
 * under way or past stays (`invalid_input`). The relationship keeps its stage and cadence. The
 * booking cancelled is returned (to tell the other person).
 */
export async function cancelBooking(ctx: Context, options: { id: string }): Promise<OfficeHourBooking> {
  const booking = await ctx.ws.mentoring.booking(options.id);
  if (!booking) throw new AppError('not_found', `No booking with id ${options.id}`, { id: options.id });
  if (booking.startsAt <= ctx.clock.now()) {
    throw new AppError('invalid_input', `The office hours of ${booking.startsAt} have begun: they can no longer be cancelled`);
  }
  const removed = await ctx.ws.mentoring.removeBooking(options.id);
  if (!removed) throw new AppError('not_found', `No booking with id ${options.id}`, { id: options.id });
  return removed;
}
