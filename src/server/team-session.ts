import { getConnInfo } from '@hono/node-server/conninfo';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context as HonoContext, MiddlewareHandler } from 'hono';
import { LOCAL_ACTOR, type Workspaces } from '../boot/open-workspace.js';
import { type Accounts, CLIENT_ADDRESS_HEADER } from '../core/accounts/ports.js';
import type { Notices } from '../core/mentoring/notices.js';
import type { ServerEnv } from './env.js';
import { sendError } from './errors.js';

/** Team mode as the app serves it: the accounts, and whether a reverse proxy stands in front. */
export interface TeamServing {
  accounts: Accounts;
  trustProxy: boolean;
  /** Tells members what arrived in their inbox (by email when the server has mail). */
  notices?: Notices | undefined;
  /** Whether SMTP is configured: without it no email is ever sent, and the web app says so. */
  mailConfigured?: boolean | undefined;
}

/**
 * A calendar feed's address: `/api/calendar/<token>.ics`, the token being the 43 characters of
 * 32 random bytes in base64url. Only this exact shape is served without a session.
 */
export const CALENDAR_FEED_PATH = /^\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;

/**
 * API paths served without a session: health, the sign-in library's endpoints, accepting an
 * invitation, and a calendar feed (its secret URL is its key).
 */
export function isPublicApiPath(path: string): boolean {
  return path === '/api/health' || path.startsWith('/api/auth/') || path === '/api/invitations/accept' || CALENDAR_FEED_PATH.test(path);
}

/**
 * The client's address for sign-in limits: the socket's peer, or behind a trusted proxy the
 * last address of `X-Forwarded-For` (the one the proxy itself saw).
 */
export function clientAddress(c: HonoContext, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The request's headers with the client's address set for the sign-in library, whatever the client sent. */
export function headersWithClientAddress(c: HonoContext, trustProxy: boolean): Headers {
  const headers = new Headers(c.req.raw.headers);
  headers.set(CLIENT_ADDRESS_HEADER, clientAddress(c, trustProxy));
  return headers;
}

/**
 * The request with the client's address set for the sign-in library, whatever the client sent.
 * Only for a request whose body is unread: a route that validated its body needs
 * `headersWithClientAddress`.
 */
export function withClientAddress(c: HonoContext, trustProxy: boolean): Request {
  return new Request(c.req.raw, { headers: headersWithClientAddress(c, trustProxy) });
}

/**
 * The sign-in library's endpoints a team server offers: signing in and out, sessions, and
 * passwords. Everything else it could answer (profile and email changes, linked accounts) is
 * not offered: the profile is `/api/me`, and less surface is less to defend.
 */
const AUTH_ENDPOINTS = [
  /^\/sign-in\/email$/,
  /^\/sign-out$/,
  /^\/get-session$/,
  /^\/list-sessions$/,
  /^\/revoke-sessions?$/,
  /^\/revoke-other-sessions$/,
  /^\/change-password$/,
  /^\/request-password-reset$/,
  /^\/reset-password(\/[A-Za-z0-9_-]{1,200})?$/,
];

/** Mounts the sign-in library's own endpoints (`/api/auth/*`) for team mode; others are 404. */
export function authRoutes(app: OpenAPIHono<ServerEnv>, team: TeamServing): void {
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => {
    const endpoint = c.req.path.slice('/api/auth'.length);
    if (!AUTH_ENDPOINTS.some((pattern) => pattern.test(endpoint)))
      return sendError(c, 404, 'not_found', `No route ${c.req.method} ${c.req.path}`);
    return team.accounts.handle(withClientAddress(c, team.trustProxy));
  });
}

/**
 * Opens the acting user's workspace for each API request. Solo mode: the one local person.
 * Team mode: the account of the request's session; without one, 401 before anything is read.
 */
export function workspaceOfRequest(workspaces: Workspaces, team: TeamServing | undefined): MiddlewareHandler<ServerEnv> {
  return async (c, next) => {
    if (!team) {
      c.set('signedIn', null);
      c.set('core', await workspaces.open(LOCAL_ACTOR));
      return next();
    }
    if (isPublicApiPath(c.req.path)) return next();
    const signedIn = await team.accounts.signedIn(c.req.raw.headers);
    if (!signedIn) return sendError(c, 401, 'unauthorized', 'Sign in first: this server serves a team');
    c.set('signedIn', signedIn);
    c.set('core', await workspaces.open({ kind: 'session', userId: signedIn.userId }));
    await next();
    for (const cookie of signedIn.setCookies ?? []) c.res.headers.append('set-cookie', cookie);
  };
}
