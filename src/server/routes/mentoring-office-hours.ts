import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorSchema, idParam } from '../../contracts/common.js';
import { bookedSchema, bookingBody, bookingSchema, officeHoursViewSchema } from '../../contracts/office-hours.js';
import type { Accounts } from '../../core/accounts/ports.js';
import { bookOfficeHours, cancelBooking, getBooking, listBookings } from '../../core/mentoring/book-office-hours.js';
import type { Notices } from '../../core/mentoring/notices.js';
import { getOfficeHours } from '../../core/mentoring/office-hours.js';
import { bookingInvitation } from '../../core/mentoring/office-hours-invitation.js';
import type { ServerEnv } from '../env.js';
import { memberOf, nameOf } from './mentoring.js';
import { download, fileResponse, json, jsonBody } from './openapi-parts.js';

const failures = {
  400: json(errorSchema, 'Invalid input: not a slot offered in the next weeks, or one already begun'),
  401: json(errorSchema, 'Not signed in'),
  404: json(errorSchema, 'Not found: a booking is found only by its two people; every route is 404 in solo mode'),
  409: json(
    errorSchema,
    'Not allowed now: office hours come after a circle-back that passed, the slot is taken, or you already hold one of this mentor’s',
  ),
};

/**
 * Office hours in a team (team mode only): a colleague's declared slots and their occurrences
 * over the next weeks, each free or taken; booking one as their mentee once trust exists (a
 * circle-back that passed); the reader's bookings; and a booking's `.ics` invitation, with both
 * people's account emails read from `accounts` for that booking only. A booking is readable
 * only by its mentee and its mentor. `notices` tells the other person when one of the two books
 * or cancels, after the answer.
 */
export function mentoringOfficeHoursRoutes(
  app: OpenAPIHono<ServerEnv>,
  team: { accounts: Accounts; notices: Notices | undefined } | undefined,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/mentors/{id}/office-hours',
      tags: ['mentoring'],
      summary: 'A colleague’s office-hour slots and their starts over the next weeks, each free or taken (404 when they offer none)',
      request: { params: idParam },
      responses: { 200: json(officeHoursViewSchema, 'Their office hours'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await getOfficeHours(c.var.core, { mentorUserId: c.req.valid('param').id }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/bookings',
      tags: ['mentoring'],
      summary:
        'Book a start of a colleague’s office hours, as their mentee after a circle-back that passed; your relationship records the office hours',
      request: { body: jsonBody(bookingBody) },
      responses: { 201: json(bookedSchema, 'Booked'), ...failures },
    }),
    async (c) => {
      const me = memberOf(c);
      const booked = await bookOfficeHours(c.var.core, { input: c.req.valid('json') });
      team?.notices?.officeHours({
        toUserId: booked.other.id,
        fromName: await nameOf(c),
        event: 'booked',
        booking: { ...booked, mentorUserId: booked.other.id, menteeUserId: me.userId },
      });
      return c.json(booked, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/bookings',
      tags: ['mentoring'],
      summary: 'Your office hours to come, as mentee and as mentor, soonest first',
      responses: { 200: json(z.object({ items: z.array(bookingSchema) }), 'Your bookings'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json({ items: await listBookings(c.var.core) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/bookings/{id}',
      tags: ['mentoring'],
      summary: 'One of your bookings (its mentee or its mentor only)',
      request: { params: idParam },
      responses: { 200: json(bookingSchema, 'The booking'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await getBooking(c.var.core, { id: c.req.valid('param').id }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/team/bookings/{id}',
      tags: ['mentoring'],
      summary: 'Cancel one of your bookings before it begins (its mentee or its mentor): the slot is free again',
      request: { params: idParam },
      responses: { 204: { description: 'Cancelled' }, ...failures },
    }),
    async (c) => {
      const me = memberOf(c);
      const cancelled = await cancelBooking(c.var.core, { id: c.req.valid('param').id });
      team?.notices?.officeHours({
        toUserId: cancelled.menteeUserId === me.userId ? cancelled.mentorUserId : cancelled.menteeUserId,
        fromName: await nameOf(c),
        event: 'cancelled',
        booking: cancelled,
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/bookings/{id}/invitation.ics',
      tags: ['mentoring'],
      summary: 'A booking as an iCalendar invitation (METHOD:REQUEST) organised by the mentor, the mentee invited',
      request: { params: idParam },
      responses: { 200: fileResponse('text/calendar', 'One event, in UTC'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const emailOf = async (userId: string) => (await team?.accounts.find(userId))?.email ?? null;
      const { booking, ics } = await bookingInvitation(c.var.core, { id: c.req.valid('param').id, emailOf });
      const name = `office-hours-${booking.startsAt.slice(0, 10)}.ics`;
      return c.body(ics, 200, download('text/calendar; charset=utf-8; method=REQUEST', name));
    },
  );
}
