import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { shortlistEntrySchema, shortlistQuery } from '../../contracts/mentors.js';
import { shortlistMentors } from '../../core/mentors/shortlist-mentors.js';
import type { ServerEnv } from '../env.js';
import { loopFailures as failures, json } from './openapi-parts.js';

/** Finding mentors: the shortlist for a skill gap (mentor records have the generic routes). */
export function mentorRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mentors/shortlist',
      tags: ['mentor'],
      summary: 'Mentors ranked for a skill gap, best first, with the reasons for each rank',
      request: { query: shortlistQuery },
      responses: { 200: json(z.array(shortlistEntrySchema), 'The shortlist'), 400: failures[400], 404: failures[404] },
    }),
    async (c) => c.json(await shortlistMentors(c.var.core, c.req.valid('query')), 200),
  );
}
