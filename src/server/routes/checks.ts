import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { extractAdvice } from '../../analysis/checks/advice/extract-advice.js';
import { checkAsk } from '../../analysis/checks/ask/check-ask.js';
import { checkFeedbackReply } from '../../analysis/checks/feedback-reply/check-feedback-reply.js';
import { checkFeedbackRequest } from '../../analysis/checks/feedback-request/check-feedback-request.js';
import { checkGoal } from '../../analysis/checks/goal/check-goal.js';
import { findShadow } from '../../analysis/checks/shadow/find-shadow.js';
import { classifySkill } from '../../analysis/checks/skill/classify-skill.js';
import { MAX_TEXT_BYTES } from '../../analysis/engine/text-limit.js';
import {
  adviceResultSchema,
  askCheckBody,
  askCheckSchema,
  feedbackReplyCheckSchema,
  feedbackRequestCheckSchema,
  goalCheckBody,
  goalCheckSchema,
  shadowResultSchema,
  skillResultSchema,
  textCheckBody,
} from '../../contracts/checks.js';
import { errorSchema } from '../../contracts/common.js';
import { AppError } from '../../core/errors.js';
import { hasCircledBack } from '../../core/relationships/has-circled-back.js';
import type { ServerEnv } from '../env.js';
import { json, jsonBody } from './openapi-parts.js';

const MB = 1024 * 1024;

/**
 * The largest body of a check request: a text at its limit still fits when a client escapes
 * every character as `\uXXXX` (at most three times its UTF-8 bytes), with room for the other
 * fields. A longer text inside this limit is refused by the text's own schema, with its size.
 */
export const MAX_CHECK_BODY_BYTES = 4 * MAX_TEXT_BYTES;

const checkBodyLimit = bodyLimit({
  maxSize: MAX_CHECK_BODY_BYTES,
  onError: () => {
    throw new AppError(
      'too_large',
      `Check requests are limited to ${MAX_CHECK_BODY_BYTES / MB} MB; the text can be at most ${MAX_TEXT_BYTES / MB} MB`,
    );
  },
});

const failures = {
  400: json(errorSchema, 'Not JSON, no text, a text over the limit, or an unknown stage or date (the message names it)'),
  404: json(errorSchema, 'The mentor named does not exist'),
  413: json(errorSchema, 'The request body is too large'),
};

/** A check route: a POST of JSON that stores nothing and answers the check's result. */
function checkRoute<B extends z.ZodType, R extends z.ZodType>(path: string, summary: string, body: B, result: R) {
  return createRoute({
    method: 'post',
    path,
    tags: ['checks'],
    summary,
    middleware: [checkBodyLimit],
    request: { body: jsonBody(body) },
    responses: { 200: json(result, 'The result, as `understudy … --json` prints it'), ...failures },
  });
}

/**
 * The text checks of SPEC §1.5–1.7 over HTTP. Each answers exactly the object the command
 * line prints with `--json`, from the same analysis function, and stores nothing: a check is
 * pure and fast, so it runs inline and never inside a transaction.
 */
export function checkRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    checkRoute(
      '/api/checks/ask',
      'Check an outreach message against the smallest-ask rules at its stage of the loop (verdict pass or revise)',
      askCheckBody,
      askCheckSchema,
    ),
    async (c) => {
      const { text, stage, mentorId } = c.req.valid('json');
      // As `check ask --mentor` and MCP's check_ask: the relationship says whether a circle-back came first.
      const hasCircleBack = mentorId ? await hasCircledBack(c.var.core, { mentorId }) : undefined;
      return c.json(checkAsk(text, { stage, hasCircleBack }), 200);
    },
  );

  app.openapi(
    checkRoute(
      '/api/checks/goal',
      'Check that a goal is a concrete 3–6 month outcome (verdict concrete or vague), with the fields read from it',
      goalCheckBody,
      goalCheckSchema,
    ),
    (c) => {
      const { text, today } = c.req.valid('json');
      return c.json(checkGoal(text, { today: today ?? c.var.core.clock.today() }), 200);
    },
  );

  app.openapi(
    checkRoute(
      '/api/checks/feedback-request',
      'Check that a feedback request names an event, a focus and asks how you came across (verdict specific or generic)',
      textCheckBody,
      feedbackRequestCheckSchema,
    ),
    (c) => c.json(checkFeedbackRequest(c.req.valid('json').text), 200),
  );

  app.openapi(
    checkRoute(
      '/api/checks/feedback-reply',
      'Check that a reply to feedback is grateful, not defensive (verdict grateful or revise)',
      textCheckBody,
      feedbackReplyCheckSchema,
    ),
    (c) => c.json(checkFeedbackReply(c.req.valid('json').text), 200),
  );

  app.openapi(
    checkRoute(
      '/api/classify/skill',
      'Classify a skill gap as IQ or EQ, with the skill, the method to learn it and its horizon',
      textCheckBody,
      skillResultSchema,
    ),
    (c) => c.json(classifySkill(c.req.valid('json').text), 200),
  );

  app.openapi(
    checkRoute(
      '/api/shadow',
      'Name the strength whose shadow side a piece of feedback describes, and the counter-behaviour (all null when none)',
      textCheckBody,
      shadowResultSchema,
    ),
    (c) => c.json(findShadow(c.req.valid('json').text), 200),
  );

  // `POST /api/advice` creates an advice record (routes/records.ts); reading advice out of a
  // text stores nothing, beside `POST /api/advice/capture`, which reads a logged reply and stores.
  app.openapi(
    checkRoute(
      '/api/advice/extract',
      'List the pieces of advice in a mentor’s reply, with their offsets; nothing is stored',
      textCheckBody,
      adviceResultSchema,
    ),
    (c) => c.json(extractAdvice(c.req.valid('json').text), 200),
  );
}
