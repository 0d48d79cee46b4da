import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { todayQuery } from '../../contracts/actions.js';
import { doctorReportSchema } from '../../contracts/doctor.js';
import { runDoctor } from '../../core/doctor/run-doctor.js';
import type { ServerEnv } from '../env.js';
import { loopFailures as failures, json } from './openapi-parts.js';

/** The doctor (SPEC §1.8): the pitfalls found in the workspace as of a day. */
export function doctorRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/doctor',
      tags: ['doctor'],
      summary: 'The pitfalls found in the workspace, each with the records it is about and how to fix it',
      request: { query: todayQuery },
      responses: { 200: json(doctorReportSchema, 'The findings'), 400: failures[400] },
    }),
    async (c) => {
      const ctx = c.var.core;
      return c.json(await runDoctor(ctx, { today: c.req.valid('query').today }), 200);
    },
  );
}
