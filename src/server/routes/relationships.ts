import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { idParam } from '../../contracts/common.js';
import { moveBody } from '../../contracts/relationships.js';
import { mentorCreate, mentorSchema } from '../../core/mentors/schemas.js';
import { addMentor } from '../../core/relationships/add-mentor.js';
import { getMentorHistory } from '../../core/relationships/get-mentor-history.js';
import { logMessage } from '../../core/relationships/log-message.js';
import { moveRelationship } from '../../core/relationships/move-relationship.js';
import { adviceSchema, messageCreate, messageSchema, relationshipCreate, relationshipSchema } from '../../core/relationships/schemas.js';
import { startRelationship } from '../../core/relationships/start-relationship.js';
import type { ServerEnv } from '../env.js';
import { json, loopFailures } from './openapi-parts.js';

const failures = loopFailures;

/** Routes with rules of their own: opening a relationship, stage moves, logging messages. */
export function relationshipRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/mentors/with-relationship',
      tags: ['mentor'],
      summary: 'Add a mentor and open the relationship at prospect',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.object({ mentor: mentorCreate, outcomeId: z.string().max(64).optional(), gapId: z.string().max(64).optional() }),
            },
          },
        },
      },
      responses: { 201: json(z.object({ mentor: mentorSchema, relationship: relationshipSchema }), 'Created'), ...failures },
    }),
    async (c) => {
      const body = c.req.valid('json');
      return c.json(await addMentor(c.var.core, { input: body.mentor, outcomeId: body.outcomeId, gapId: body.gapId }), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/mentors/{id}/history',
      tags: ['mentor'],
      summary: 'A mentor with evidence, give-backs and every relationship with its history',
      request: { params: idParam },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The history'), 404: failures[404] },
    }),
    async (c) =>
      c.json((await getMentorHistory(c.var.core, { mentorId: c.req.valid('param').id })) as unknown as Record<string, unknown>, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/relationships',
      tags: ['relationship'],
      summary: 'Open a relationship with a mentor at prospect',
      request: { body: { required: true, content: { 'application/json': { schema: relationshipCreate } } } },
      responses: { 201: json(relationshipSchema, 'Created'), ...failures },
    }),
    async (c) => c.json(await startRelationship(c.var.core, { input: c.req.valid('json') }), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/relationships/{id}/moves',
      tags: ['relationship'],
      summary: 'Move a relationship to another stage (the loop’s rules apply)',
      request: { params: idParam, body: { required: true, content: { 'application/json': { schema: moveBody } } } },
      responses: { 200: json(relationshipSchema, 'Moved'), ...failures },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const moved = await moveRelationship(c.var.core, { relationshipId: c.req.valid('param').id, ...body });
      return c.json(moved, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/messages',
      tags: ['message'],
      summary:
        'Log a message sent or received, checked at its stage; moves the stage when it should. A circle-back names the advice it reports on (`adviceIds`); a follow-up before the wait needs `force`',
      request: { body: { required: true, content: { 'application/json': { schema: messageCreate } } } },
      responses: {
        201: json(
          z.object({ message: messageSchema, relationship: relationshipSchema, advice: z.array(adviceSchema).optional() }),
          'Logged; a circle-back returns the advice it named as each stands after it',
        ),
        ...failures,
      },
    }),
    async (c) => c.json(await logMessage(c.var.core, { input: c.req.valid('json') }), 201),
  );
}
