import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { loggedMeetingSchema, meetingLogBody } from '../../contracts/relationships.js';
import { logMeeting } from '../../core/relationships/log-meeting.js';
import type { ServerEnv } from '../env.js';
import { loopFailures as failures, json, jsonBody } from './openapi-parts.js';

/** Logging a meeting that happened, with its action items, in one step. */
export function meetingRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/meetings',
      tags: ['meeting'],
      summary: 'Log a meeting that happened, with its action items, in one step',
      request: { body: jsonBody(meetingLogBody) },
      responses: { 201: json(loggedMeetingSchema, 'Logged'), ...failures },
    }),
    async (c) => c.json(await logMeeting(c.var.core, c.req.valid('json')), 201),
  );
}
