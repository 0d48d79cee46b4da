import { z } from 'zod';
import type { BookedOfficeHours, BookingView } from '../core/mentoring/book-office-hours.js';
import type { OfficeHoursView } from '../core/mentoring/office-hours.js';
import { officeHours, weekdays } from '../core/mentoring/schemas.js';
import { relationshipSchema } from '../core/relationships/schemas.js';
import { colleagueSchema } from './mentoring.js';

/** Office hours in a team over HTTP: a colleague's slots and their occurrences, and bookings. */

export { bookingInput as bookingBody } from '../core/mentoring/schemas.js';

/** One start of a colleague's slot in the next weeks, free or taken (never by whom). */
export const occurrenceSchema = z.object({
  startsAt: z.string().meta({ description: 'ISO timestamp in UTC' }),
  endsAt: z.string(),
  minutes: z.number().int(),
  weekday: z.enum(weekdays),
  localDate: z.string().meta({ description: "YYYY-MM-DD in the mentor's time zone" }),
  localTime: z.string().meta({ description: "HH:MM in the mentor's time zone, as the slot is written" }),
  free: z.boolean(),
});

/** A colleague's office hours, and whether the reader may book them. */
export const officeHoursViewSchema = z.object({
  colleague: colleagueSchema,
  officeHours,
  weeks: z.number().int().meta({ description: 'how many weeks ahead the occurrences reach' }),
  occurrences: z.array(occurrenceSchema),
  booking: z.object({
    allowed: z.boolean(),
    reason: z.string().nullable().meta({ description: 'why the reader may not book now (office hours come after a circle-back)' }),
  }),
}) satisfies z.ZodType<OfficeHoursView>;

/** A booking as one of its two people sees it. */
export const bookingSchema = z.object({
  id: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  minutes: z.number().int(),
  role: z.enum(['mentee', 'mentor']),
  other: colleagueSchema,
  conversationId: z.string(),
  createdAt: z.string(),
}) satisfies z.ZodType<BookingView>;

/** What booking did: the booking, and the mentee's relationship after it. */
export const bookedSchema = bookingSchema.extend({
  relationship: relationshipSchema
    .nullable()
    .meta({ description: 'your relationship with the mentor: the office hours recorded, and moved to office-hours after an escalation' }),
}) satisfies z.ZodType<BookedOfficeHours>;
