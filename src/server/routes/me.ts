import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { errorSchema } from '../../contracts/common.js';
import { AppError } from '../../core/errors.js';
import type { Workspace } from '../../core/ports.js';
import { parseInput } from '../../core/records/parse-input.js';
import { userSchema, userUpdate } from '../../core/users/schemas.js';
import type { ServerEnv } from '../env.js';

/** The user the workspace belongs to: read and change their name, role and level. */
export function meRoutes(app: OpenAPIHono<ServerEnv>): void {
  const found = async (ws: Workspace) => {
    const user = await ws.profile();
    if (!user) throw new AppError('not_found', 'No such user');
    return userSchema.parse(user);
  };
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['user'],
      summary: 'The workspace’s user',
      responses: { 200: { description: 'The user', content: { 'application/json': { schema: userSchema } } } },
    }),
    async (c) => c.json(await found(c.var.core.ws), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/me',
      tags: ['user'],
      summary: 'Change your name, role or level',
      request: { body: { required: true, content: { 'application/json': { schema: userUpdate } } } },
      responses: {
        200: { description: 'Changed', content: { 'application/json': { schema: userSchema } } },
        400: { description: 'Invalid input', content: { 'application/json': { schema: errorSchema } } },
      },
    }),
    async (c) => {
      const { ws, clock } = c.var.core;
      const patch = parseInput(userUpdate, c.req.valid('json'), 'profile');
      await ws.updateProfile({ ...patch, updatedAt: clock.now() });
      return c.json(await found(ws), 200);
    },
  );
}
