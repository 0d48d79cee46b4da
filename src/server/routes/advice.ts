import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  adviceApplyBody,
  adviceCaptureBody,
  adviceMergeBody,
  adviceResultBody,
  adviceStepSchema,
  capturedAdviceSchema,
  circledBackBody,
  menteeRecordSchema,
} from '../../contracts/advice.js';
import { idParam } from '../../contracts/common.js';
import { applyAdvice } from '../../core/relationships/apply-advice.js';
import { captureAdvice } from '../../core/relationships/capture-advice.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { getMenteeRecord } from '../../core/relationships/get-mentee-record.js';
import { mergeAdvice } from '../../core/relationships/merge-advice.js';
import { recordAdviceResult } from '../../core/relationships/record-advice-result.js';
import { adviceSchema } from '../../core/relationships/schemas.js';
import type { ServerEnv } from '../env.js';
import { loopFailures as failures, json, jsonBody } from './openapi-parts.js';

/**
 * Advice along the loop (SPEC §1.4): captured from a logged reply, applied, its result
 * recorded, circled back on; merged when pieces are one instruction; and your record as a
 * mentee in a relationship.
 */
export function adviceRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/capture',
      tags: ['advice'],
      summary: 'Store each piece of advice in a logged reply; capturing the same reply again adds nothing',
      request: { body: jsonBody(adviceCaptureBody) },
      responses: { 201: json(capturedAdviceSchema, 'The reply’s advice'), ...failures },
    }),
    async (c) => c.json(await captureAdvice(c.var.core, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/apply',
      tags: ['advice'],
      summary: 'Record that advice was applied, when and where; moves a replied relationship to applied',
      request: { params: idParam, body: jsonBody(adviceApplyBody) },
      responses: { 200: json(adviceStepSchema, 'Applied'), ...failures },
    }),
    async (c) => {
      const ctx = c.var.core;
      const { on, context } = c.req.valid('json');
      return c.json(await applyAdvice(ctx, { adviceId: c.req.valid('param').id, on: on ?? ctx.clock.today(), context }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/result',
      tags: ['advice'],
      summary: 'Record what happened when applied advice was tried',
      request: { params: idParam, body: jsonBody(adviceResultBody) },
      responses: { 200: json(adviceSchema, 'Recorded'), ...failures },
    }),
    async (c) => c.json(await recordAdviceResult(c.var.core, { adviceId: c.req.valid('param').id, ...c.req.valid('json') }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/{id}/circled-back',
      tags: ['advice'],
      summary:
        'Close the loop on applied advice with a result, through the logged circle-back that named it and passed its check; refused otherwise',
      request: { params: idParam, body: jsonBody(circledBackBody) },
      responses: { 200: json(adviceStepSchema, 'Circled back'), ...failures },
    }),
    async (c) => c.json(await circledBack(c.var.core, { adviceId: c.req.valid('param').id }), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/advice/merge',
      tags: ['advice'],
      summary: 'Merge pieces of advice that are one instruction; the first keeps its id and steps, the others are removed',
      request: { body: jsonBody(adviceMergeBody) },
      responses: { 200: json(adviceSchema, 'The merged advice'), ...failures },
    }),
    async (c) => c.json(await mergeAdvice(c.var.core, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/relationships/{id}/mentee-record',
      tags: ['relationship'],
      summary: 'Your record as a mentee: advice received, applied and circled back, open loops, and whether to escalate',
      request: { params: idParam },
      responses: { 200: json(menteeRecordSchema, 'The record'), 404: failures[404] },
    }),
    async (c) => c.json(await getMenteeRecord(c.var.core, { relationshipId: c.req.valid('param').id }), 200),
  );
}
