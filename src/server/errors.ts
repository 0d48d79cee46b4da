import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError } from '../contracts/common.js';
import { type AppErrorCode, isAppError } from '../core/errors.js';

/** The one place an AppError code becomes an HTTP status. */
const statusOf: Record<AppErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  usage: 400,
  http_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  illegal_transition: 409,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  internal: 500,
  db_corrupt: 500,
  db_too_new: 500,
  db_unavailable: 503,
};

/**
 * The code of an HTTPException thrown by Hono itself (a malformed JSON body, a middleware's
 * limit): routes throw AppError, so only the framework's own refusals arrive as these. They
 * keep their status.
 */
const codeOfStatus = (status: number): AppErrorCode => (status === 413 ? 'too_large' : status === 400 ? 'invalid_input' : 'http_error');

/** Sends `{error: {code, message}}` with a status. */
export function sendError(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
  const body: ApiError = { error: details === undefined ? { code, message } : { code, message, details } };
  return c.json(body, status);
}

/**
 * Turns anything thrown by a route into a JSON error. Known failures keep their message;
 * anything else is a 500 with a generic message, never a stack trace; the server's terminal
 * says what went wrong (with the stack when `debug`).
 */
export function handleError(error: unknown, c: Context, options: { debug: boolean }) {
  if (isAppError(error)) {
    const status = statusOf[error.code];
    if (status === 503) logUnavailable(error.message);
    return sendError(c, status, error.code, error.message, error.details);
  }
  if (error instanceof HTTPException) {
    return sendError(c, error.status as ContentfulStatusCode, codeOfStatus(error.status), error.message || 'Request refused');
  }
  const detail = options.debug && error instanceof Error ? error.stack : error instanceof Error ? error.message : String(error);
  process.stderr.write(`Unexpected error on ${c.req.method} ${c.req.path}: ${detail}\n`);
  return sendError(c, statusOf.internal, 'internal', 'Something went wrong on the server; nothing was changed');
}

/** How often the same "database unavailable" line is repeated on the server's terminal, at most. */
const UNAVAILABLE_LOG_INTERVAL_MS = 60_000;
const unavailableLogged = new Map<string, number>();

/**
 * Tells the server's terminal, in one line, why requests get 503 (a vanished data folder, a
 * full disk, a database gone away): the person running the server must learn it even when no
 * one reads the answers. The same line is repeated at most once a minute.
 */
function logUnavailable(message: string): void {
  const now = Date.now();
  if (now - (unavailableLogged.get(message) ?? Number.NEGATIVE_INFINITY) < UNAVAILABLE_LOG_INTERVAL_MS) return;
  if (unavailableLogged.size > 100) unavailableLogged.clear();
  unavailableLogged.set(message, now);
  process.stderr.write(`understudy: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}
