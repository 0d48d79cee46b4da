import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { calendarQuery, losingTouchSchema, nextActionsQuery, nextActionsSchema, todayQuery } from '../../contracts/actions.js';
import { actionsCalendar } from '../../core/actions/actions-calendar.js';
import { losingTouch } from '../../core/actions/losing-touch.js';
import { nextActions } from '../../core/actions/next-actions.js';
import type { ServerEnv } from '../env.js';
import { download, loopFailures as failures, fileResponse, json } from './openapi-parts.js';

/** Days ahead the calendar feed covers by default, as `understudy export --format ics`. */
export const CALENDAR_DAYS = 30;

/**
 * What to do next (SPEC §2): the next actions, the same as an iCalendar feed, and the
 * relationships you are losing touch with.
 */
export function actionRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/next-actions',
      tags: ['actions'],
      summary: 'What to do next, soonest first, with a reason each; and who you are losing touch with',
      request: { query: nextActionsQuery },
      responses: { 200: json(nextActionsSchema, 'The next actions'), 400: failures[400] },
    }),
    async (c) => {
      const { days, today } = c.req.valid('query');
      return c.json(await nextActions(c.var.core, { today, horizonDays: days }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/next-actions.ics',
      tags: ['actions'],
      summary: 'The next actions as an iCalendar file; event UIDs stay the same while an action is pending',
      request: { query: calendarQuery },
      responses: { 200: fileResponse('text/calendar', 'One all-day event per action'), 400: failures[400] },
    }),
    async (c) => {
      const ctx = c.var.core;
      const { actions } = await nextActions(ctx, { horizonDays: c.req.valid('query').days ?? CALENDAR_DAYS });
      return c.body(actionsCalendar(ctx, { actions }), 200, download('text/calendar; charset=utf-8', 'understudy-next-actions.ics'));
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/losing-touch',
      tags: ['actions'],
      summary: 'Relationships with no message or meeting for longer than their maximum gap, longest silence first',
      request: { query: todayQuery },
      responses: { 200: json(z.array(losingTouchSchema), 'The relationships slipping away'), 400: failures[400] },
    }),
    async (c) => c.json(await losingTouch(c.var.core, { today: c.req.valid('query').today }), 200),
  );
}
