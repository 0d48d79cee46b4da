import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { errorSchema } from '../../contracts/common.js';
import { loadDemo } from '../../core/portability/load-demo.js';
import type { ServerEnv } from '../env.js';

/** What `POST /api/demo` answers: how many outcomes and mentors the demo added. */
const demoLoaded = z.object({ outcomes: z.number().int(), mentors: z.number().int() });

/**
 * `POST /api/demo`: loads the framework's two worked examples into the workspace, as
 * `understudy init --demo` does. A workspace that already has outcomes or mentors is refused
 * with 409 `conflict` and left as it was, so the demo never mixes with real records.
 */
export function demoRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/demo',
      tags: ['data'],
      summary: 'Load the demo workspace (the two worked examples); only into a workspace without outcomes or mentors',
      responses: {
        201: { description: 'Loaded', content: { 'application/json': { schema: demoLoaded } } },
        409: { description: 'The workspace already has records', content: { 'application/json': { schema: errorSchema } } },
      },
    }),
    async (c) => c.json(await loadDemo(c.var.core), 201),
  );
}
