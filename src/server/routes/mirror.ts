import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { idParam } from '../../contracts/common.js';
import {
  feedbackAdoptBody,
  feedbackLogBody,
  loggedFeedbackSchema,
  mirrorHistoryQuery,
  mirrorHistorySchema,
} from '../../contracts/mirror.js';
import { adoptCounterBehaviour } from '../../core/mirror/adopt-counter-behaviour.js';
import { getMirrorHistory } from '../../core/mirror/get-mirror-history.js';
import { logFeedback } from '../../core/mirror/log-feedback.js';
import { feedbackSchema } from '../../core/mirror/schemas.js';
import type { ServerEnv } from '../env.js';
import { json, jsonBody, loopFailures } from './openapi-parts.js';

/**
 * The Mirror's routes with rules of their own: feedback logged with its mentor (the request's,
 * when it answers one) and its shadow side, a counter-behaviour adopted with its date, and the
 * history of requests, feedback and replies, for everyone or for one mentor.
 */
export function mirrorRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feedback',
      tags: ['feedback'],
      summary: 'Log feedback received; it takes the mentor of the request it answers and the shadow side its text points to',
      request: { body: jsonBody(feedbackLogBody) },
      responses: { 201: json(loggedFeedbackSchema, 'Logged'), 400: loopFailures[400], 404: loopFailures[404] },
    }),
    async (c) => c.json(await logFeedback(c.var.core, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/feedback/{id}/adopt',
      tags: ['feedback'],
      summary: 'Adopt a counter-behaviour for a piece of feedback; the same mirror is asked again a few weeks later',
      request: { params: idParam, body: jsonBody(feedbackAdoptBody) },
      responses: { 200: json(feedbackSchema, 'The feedback with what was adopted'), 400: loopFailures[400], 404: loopFailures[404] },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(
        await adoptCounterBehaviour(c.var.core, { feedbackId: c.req.valid('param').id, counter: body.counter, on: body.on }),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mirror',
      tags: ['feedback'],
      summary: 'Requests sent, feedback received and replies, newest first; all, or those of one mentor',
      request: { query: mirrorHistoryQuery },
      responses: { 200: json(mirrorHistorySchema, 'The history'), 400: loopFailures[400], 404: loopFailures[404] },
    }),
    async (c) => c.json(await getMirrorHistory(c.var.core, { mentorId: c.req.valid('query').mentorId }), 200),
  );
}
