import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import type { Workspaces } from '../../boot/open-workspace.js';
import { errorSchema } from '../../contracts/common.js';
import { calendarFeedStateSchema, madeCalendarFeedSchema, mailSettingsBody, mailSettingsSchema } from '../../contracts/mail.js';
import { actionsCalendar } from '../../core/actions/actions-calendar.js';
import { nextActions } from '../../core/actions/next-actions.js';
import { AppError } from '../../core/errors.js';
import {
  calendarFeedState,
  changeMailSettings,
  getMailSettings,
  makeCalendarFeed,
  revokeCalendarFeed,
} from '../../core/mail/mail-settings.js';
import type { ServerEnv } from '../env.js';
import { CALENDAR_FEED_PATH, type TeamServing } from '../team-session.js';
import { CALENDAR_DAYS } from './actions.js';
import { fileResponse, json, jsonBody } from './openapi-parts.js';

const failures = {
  400: json(errorSchema, 'Invalid input'),
  401: json(errorSchema, 'Not signed in'),
  404: json(errorSchema, 'Not found; every route is 404 in solo mode'),
};

/** Team mode's serving; in solo mode these routes do not exist. */
function teamOf<T extends TeamServing>(c: HonoContext<ServerEnv>, team: T | undefined): T {
  if (!team || !c.var.signedIn)
    throw new AppError('not_found', 'This server runs in solo mode: mail and calendar feeds need a team server');
  return team;
}

/**
 * Mail and the calendar feed of a team member: their digest choice and notices (with whether
 * the server sends mail at all), and a calendar feed by secret URL that a phone's calendar
 * subscribes to without signing in. The URL is shown once, when made; only its hash is kept;
 * making another or revoking it makes the old one answer 404.
 */
export function mailRoutes(
  app: OpenAPIHono<ServerEnv>,
  team: (TeamServing & { publicUrl: string }) | undefined,
  workspaces: Workspaces,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/mail-settings',
      tags: ['mail'],
      summary: 'Your digest and notices, where they go, and whether this server sends mail at all',
      responses: { 200: json(mailSettingsSchema, 'Your mail settings'), ...failures },
    }),
    async (c) => {
      const serving = teamOf(c, team);
      return c.json({ mailConfigured: serving.mailConfigured === true, ...(await getMailSettings(c.var.core)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/team/mail-settings',
      tags: ['mail'],
      summary: 'Choose your digest (off, daily or weekly) and turn notices on or off',
      request: { body: jsonBody(mailSettingsBody) },
      responses: { 200: json(mailSettingsSchema, 'Your mail settings as saved'), ...failures },
    }),
    async (c) => {
      const serving = teamOf(c, team);
      const saved = await changeMailSettings(c.var.core, { change: c.req.valid('json') });
      return c.json({ mailConfigured: serving.mailConfigured === true, ...saved }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/calendar-feed',
      tags: ['mail'],
      summary: 'Whether you have a calendar feed (its URL is shown only when made)',
      responses: { 200: json(calendarFeedStateSchema, 'Whether a feed exists'), ...failures },
    }),
    async (c) => {
      teamOf(c, team);
      return c.json(await calendarFeedState(c.var.core), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/calendar-feed',
      tags: ['mail'],
      summary: 'Make your calendar feed’s secret URL, replacing (and revoking) any earlier one; it is shown only now',
      responses: { 201: json(madeCalendarFeedSchema, 'The feed’s URL, for a calendar to subscribe to'), ...failures },
    }),
    async (c) => {
      const serving = teamOf(c, team);
      const made = await makeCalendarFeed(c.var.core);
      const answer = c.json({ url: `${serving.publicUrl}/api/calendar/${made.token}.ics`, createdAt: made.createdAt }, 201);
      answer.headers.set('cache-control', 'no-store');
      return answer;
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/team/calendar-feed',
      tags: ['mail'],
      summary: 'Revoke your calendar feed: its URL answers 404 from now on',
      responses: { 204: { description: 'Revoked' }, ...failures },
    }),
    async (c) => {
      teamOf(c, team);
      await revokeCalendarFeed(c.var.core);
      return c.body(null, 204);
    },
  );

  // The feed itself needs no session: its URL's secret is the key. Only the exact shape the
  // session check lets through is looked up; anything else, or an unknown or revoked token, is 404.
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calendar/{file}',
      tags: ['mail'],
      summary: 'A member’s calendar feed, `<token>.ics`, by its secret URL: no session needed. Unknown or revoked: 404',
      request: { params: z.object({ file: z.string().max(100) }) },
      responses: { 200: fileResponse('text/calendar', 'One all-day event per next action, 30 days ahead'), 404: failures[404] },
    }),
    async (c) => {
      if (!team || !CALENDAR_FEED_PATH.test(c.req.path)) throw feedNotFound();
      const owner = await workspaces.mail.calendarFeedOwner(c.req.valid('param').file.slice(0, -'.ics'.length));
      if (!owner) throw feedNotFound();
      const ctx = await workspaces.open({ kind: 'user', userId: owner });
      const { actions } = await nextActions(ctx, { horizonDays: CALENDAR_DAYS });
      return c.body(actionsCalendar(ctx, { actions }), 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, no-store',
        'referrer-policy': 'no-referrer',
      });
    },
  );
}

function feedNotFound(): AppError {
  return new AppError('not_found', 'No such calendar feed: it may have been revoked or replaced');
}
