import type { z } from 'zod';
import type { bookedSchema, bookingSchema, occurrenceSchema, officeHoursViewSchema } from '../../../../src/contracts/office-hours.js';
import { browserTimeZone } from './offer-draft.js';

/** The records of office hours in a team, as the API sends them, and how the app writes their times. */

/** A colleague's office hours: their slots' starts over the next weeks, each free or taken, and whether the reader may book. */
export type OfficeHoursView = z.infer<typeof officeHoursViewSchema>;
/** One start of a colleague's slot, free or taken. */
export type Occurrence = z.infer<typeof occurrenceSchema>;
/** A booking as one of its two people sees it. */
export type Booking = z.infer<typeof bookingSchema>;
/** What booking did: the booking, and the mentee's relationship after it. */
export type Booked = z.infer<typeof bookedSchema>;

const dayOf = (timeZone: string | undefined) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone });
const clockOf = (timeZone: string | undefined) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });

/**
 * An instant on the reader's clock, or in `timeZone`: "Thursday 10 December, 09:30". The
 * app's words are English, so the date is written the same way in every browser.
 */
export function startText(iso: string, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${dayOf(timeZone).format(at)}, ${clockOf(timeZone).format(at)}`;
}

/** The reader's time zone, as the browser names it ("America/New_York"). */
export const readerTimeZone = browserTimeZone;

/** A capitalised weekday: "Thursday". */
export const weekdayText = (weekday: string) => `${weekday[0]?.toUpperCase() ?? ''}${weekday.slice(1)}`;

/** An occurrence on the mentor's own clock, as their slot is written: "Thursday 09:30 in Europe/Paris". */
export function mentorClockText(occurrence: Occurrence, timeZone: string): string {
  return `${weekdayText(occurrence.weekday)} ${occurrence.localTime} in ${timeZone}`;
}

/** Where a booking's `.ics` invitation is downloaded. */
export const invitationHref = (bookingId: string) => `/api/team/bookings/${encodeURIComponent(bookingId)}/invitation.ics`;
