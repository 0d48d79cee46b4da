import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { errorSchema } from '../../contracts/common.js';
import { acceptInvitationBody, accountSchema, deleteAccountBody, invitationBody, invitationSchema } from '../../contracts/team.js';
import type { Accounts } from '../../core/accounts/ports.js';
import { AppError } from '../../core/errors.js';
import type { ServerEnv } from '../env.js';
import { headersWithClientAddress, type TeamServing } from '../team-session.js';
import { json, jsonBody } from './openapi-parts.js';

const failures = {
  400: json(errorSchema, 'Invalid input'),
  401: json(errorSchema, 'Not signed in'),
  403: json(errorSchema, 'Only an admin may'),
  404: json(errorSchema, 'Not found, or not in team mode'),
};

/** The team routes need team mode; in solo mode they do not exist. */
function teamOf(team: TeamServing | undefined): TeamServing {
  if (!team) throw new AppError('not_found', 'This server runs in solo mode: there are no accounts');
  return team;
}

async function signedInAccount(accounts: Accounts, userId: string) {
  const account = await accounts.find(userId);
  if (!account) throw new AppError('unauthorized', 'Sign in first: this account no longer exists');
  return account;
}

/**
 * Accounts in team mode: who is signed in, invitations (admins make them, anyone with the link
 * accepts), and deleting one's own account with every record of it. Exporting one's data is
 * the workspace backup (`GET /api/backup`), scoped like every other read.
 */
export function teamRoutes(app: OpenAPIHono<ServerEnv>, team: TeamServing | undefined, publicUrl: string | undefined): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/account',
      tags: ['team'],
      summary: 'The signed-in account (team mode)',
      responses: { 200: json(accountSchema, 'The account'), ...failures },
    }),
    async (c) => {
      const { accounts } = teamOf(team);
      return c.json(await signedInAccount(accounts, c.var.core.ws.userId), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/account',
      tags: ['team'],
      summary: 'Delete your account and every record of it (team mode)',
      request: { body: jsonBody(deleteAccountBody) },
      responses: { 200: json(accountSchema, 'Deleted'), ...failures },
    }),
    async (c) => {
      const { accounts } = teamOf(team);
      const account = await signedInAccount(accounts, c.var.core.ws.userId);
      if (c.req.valid('json').confirmEmail.trim().toLowerCase() !== account.email)
        throw new AppError('invalid_input', 'Type your account’s email to confirm; nothing was deleted');
      await accounts.remove(account.id);
      return c.json(account, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/team/invitations',
      tags: ['team'],
      summary: 'Invite someone by link (admins)',
      request: { body: jsonBody(invitationBody) },
      responses: { 201: json(invitationSchema, 'The invitation; its link is shown only now'), ...failures },
    }),
    async (c) => {
      const { accounts } = teamOf(team);
      if (c.var.signedIn?.role !== 'admin') throw new AppError('forbidden', 'Only an admin can invite');
      const body = c.req.valid('json');
      const invitation = await accounts.invite(c.var.core.ws.userId, { email: body.email ?? null, role: body.role, days: body.days });
      const url = `${publicUrl}/#/join?token=${encodeURIComponent(invitation.token)}`;
      const { token: _token, ...shown } = invitation;
      return c.json({ ...shown, url }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/members',
      tags: ['team'],
      summary: 'The team’s accounts: names, emails and roles only (admins)',
      responses: { 200: json(accountSchema.array(), 'The accounts'), ...failures },
    }),
    async (c) => {
      const { accounts } = teamOf(team);
      if (c.var.signedIn?.role !== 'admin') throw new AppError('forbidden', 'Only an admin can list the team');
      return c.json(await accounts.list(), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/invitations/accept',
      tags: ['team'],
      summary: 'Accept an invitation: makes the account and signs it in',
      request: { body: jsonBody(acceptInvitationBody) },
      responses: { 200: json(accountSchema, 'Signed in; the session cookie is set'), ...failures },
    }),
    async (c) => {
      const serving = teamOf(team);
      const { token, ...account } = c.req.valid('json');
      // The body is read already (validated above), so only the headers are passed on.
      const headers = headersWithClientAddress(c, serving.trustProxy);
      const signedIn = await serving.accounts.acceptInvitation(token, account, headers);
      const made = await serving.accounts.find(account.email);
      if (!signedIn.ok || !made) throw new AppError('internal', 'The account was made but could not be signed in; sign in with it');
      const answer = c.json(made, 200);
      for (const cookie of signedIn.headers.getSetCookie()) answer.headers.append('set-cookie', cookie);
      return answer;
    },
  );
}
