import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { calendarUidDomain } from '../actions/actions-calendar.js';
import type { Clock } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { type BookingView, getBooking } from './book-office-hours.js';

/**
 * Reads the email of a member's account, for the two people of a booking the reader is one of
 * (the server asks its accounts). Null when the account has none to give.
 */
export type AccountEmailOf = (userId: string) => Promise<string | null>;

/** One person of an invitation: their name and, when known, the email their calendar answers on. */
export interface InvitationParty {
  name: string;
  email: string | null;
}

/**
 * Writes an office-hours booking as an iCalendar invitation (RFC 5545, METHOD:REQUEST): one
 * event from its start to its end in UTC, organised by the mentor with the mentee invited. The
 * UID is `office-hours-<booking id>@understudy`, so importing it again updates the same event.
 * With `cancelled`, the same event as a cancellation (METHOD:CANCEL, a later sequence), which
 * removes it from a calendar that holds it.
 */
export function officeHoursInvitation(
  ctx: { clock: Clock },
  options: {
    booking: Pick<BookingView, 'id' | 'startsAt' | 'endsAt' | 'minutes'>;
    mentor: InvitationParty;
    mentee: InvitationParty;
    cancelled?: boolean;
  },
): string {
  const { booking, mentor, mentee, cancelled = false } = options;
  const calendar = ical({
    name: 'Understudy office hours',
    prodId: { company: 'understudy', product: 'office-hours', language: 'EN' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `office-hours-${booking.id}@${calendarUidDomain}`,
    start: new Date(booking.startsAt),
    end: new Date(booking.endsAt),
    stamp: new Date(ctx.clock.now()),
    summary: `Office hours: ${mentor.name} and ${mentee.name}`,
    description: `${booking.minutes} minutes of ${mentor.name}'s office hours, booked by ${mentee.name} in Understudy.`,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    sequence: cancelled ? 1 : 0,
    // iTIP names the organizer and each attendee by a calendar address: without an email, none.
    ...(mentor.email ? { organizer: { name: parameterText(mentor.name), email: mentor.email } } : {}),
    attendees: mentee.email
      ? [
          {
            name: parameterText(mentee.name),
            email: mentee.email,
            role: ICalAttendeeRole.REQ,
            status: ICalAttendeeStatus.NEEDSACTION,
            rsvp: true,
          },
        ]
      : [],
  });
  return calendar.toString();
}

/**
 * A name as a parameter value (`CN="…"`) can hold it: a parameter value has no escapes, so a
 * double quote becomes a single one and a control character a space.
 */
function parameterText(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  return name.replace(/"/g, "'").replace(/[\u0000-\u001f\u007f]/g, ' ');
}

/**
 * The invitation of one of the reader's bookings (as mentee or mentor), with both people's
 * names and emails. `not_found` to anyone else, as for an id nobody has; only the two people of
 * the booking found are looked up.
 */
export async function bookingInvitation(
  ctx: Context,
  options: { id: string; emailOf: AccountEmailOf },
): Promise<{ booking: BookingView; ics: string }> {
  const booking = await getBooking(ctx, { id: options.id });
  const profile = await ctx.ws.profile();
  if (!profile) throw new AppError('not_found', `No booking with id ${options.id}`, { id: options.id });
  const me: InvitationParty = { name: profile.name, email: await options.emailOf(ctx.ws.userId) };
  const other: InvitationParty = { name: booking.other.name, email: await options.emailOf(booking.other.id) };
  const [mentor, mentee] = booking.role === 'mentor' ? [me, other] : [other, me];
  return { booking, ics: officeHoursInvitation(ctx, { booking, mentor, mentee }) };
}
