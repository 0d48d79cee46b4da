/**
 * The one error type of Understudy. Every surface (HTTP, CLI, MCP) maps `code` to its own
 * status in exactly one place, so a use-case only says what went wrong, never how to show it.
 */
export type AppErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'illegal_transition'
  | 'conflict'
  | 'db_unavailable'
  | 'db_corrupt'
  | 'db_too_new'
  | 'usage'
  /** A request that needs a signed-in account and has none (team mode). */
  | 'unauthorized'
  /** A signed-in account asking for what its role does not allow. */
  | 'forbidden'
  /** Too many attempts in a short time (sign-in, invitations). */
  | 'rate_limited'
  /** A request, file or upload over its size limit. */
  | 'too_large'
  /** A failure that is not the user's to act on; its message says nothing was changed. */
  | 'internal'
  /** A request refused by the HTTP layer for a reason none of the other codes names. */
  | 'http_error';

/** A failure the user can act on: a stable code, a one-line message and optional details. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** True when `value` is an AppError, also across module copies (bundled chunks). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError || (value instanceof Error && value.name === 'AppError' && 'code' in value);
}
