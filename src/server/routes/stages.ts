import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { stageMovesSchema } from '../../contracts/relationships.js';
import { listStageMoves } from '../../core/mentors/list-stage-moves.js';
import type { ServerEnv } from '../env.js';
import { json } from './openapi-parts.js';

/** The loop's legal stage moves, which the board and "Move to stage" offer. */
export function stageRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/stage-moves',
      tags: ['relationship'],
      summary: 'Each stage with the stages a relationship may move to from it',
      responses: { 200: json(stageMovesSchema, 'The legal moves, by stage') },
    }),
    (c) => c.json(listStageMoves(), 200),
  );
}
