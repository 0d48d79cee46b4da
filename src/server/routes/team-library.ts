import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context as HonoContext } from 'hono';
import { z } from 'zod';
import { errorSchema, idParam, pageOf } from '../../contracts/common.js';
import { templateRefParam } from '../../contracts/library.js';
import {
  shareBody,
  sharedArtifactSchema,
  sharedTemplateSchema,
  sharedTemplateSummarySchema,
  shareStateSchema,
  teamFiguresSchema,
  teamLibraryAnswer,
  teamLibraryQuery,
} from '../../contracts/team-library.js';
import type { SignedIn } from '../../core/accounts/ports.js';
import { AppError } from '../../core/errors.js';
import { shareArtifact, shareTemplate } from '../../core/library/share-item.js';
import {
  getTeamArtifact,
  getTeamTemplate,
  listTeamArtifacts,
  listTeamTemplates,
  searchTeamLibrary,
} from '../../core/library/team-library.js';
import { teamFigures } from '../../core/team/team-figures.js';
import type { ServerEnv } from '../env.js';
import { json, jsonBody } from './openapi-parts.js';

const failures = {
  400: json(errorSchema, 'Invalid input'),
  401: json(errorSchema, 'Not signed in'),
  404: json(errorSchema, 'Not found (another member’s item that is not shared is not found), or not in team mode'),
};

/** Largest page of a team list. */
const MAX_PAGE = 1_000;

/**
 * The signed-in member. Sharing and the team's views need a team: in solo mode these routes
 * do not exist (404), as the other team routes.
 */
function memberOf(c: HonoContext<ServerEnv>): SignedIn {
  const signedIn = c.var.signedIn;
  if (!signedIn) throw new AppError('not_found', 'This server runs in solo mode: there is no team to share with');
  return signedIn;
}

/** A page of a team list, checked like the other list routes' pages. */
function pageWindow(limit: number | undefined, offset: number | undefined) {
  const page = { limit: limit ?? 100, offset: offset ?? 0 };
  if (page.limit < 1 || page.limit > MAX_PAGE) throw new AppError('invalid_input', `limit must be a whole number from 1 to ${MAX_PAGE}`);
  return page;
}

/**
 * What members share with the team, by choice (the issue "Team server"): a member shares one of
 * their library documents or templates, or stops sharing it; everyone on the team lists, searches
 * and reads what is shared, with its owner named, and can check a draft against a shared
 * template (the draft-check route takes a shared template's id). Shared items stay read-only
 * for everyone but their owner, whose own routes are the only ones that change them. An admin
 * sees the team's figures, counts only. Team mode only: every route answers 404 in solo mode.
 */
export function teamLibraryRoutes(app: OpenAPIHono<ServerEnv>): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/library/{id}/share',
      tags: ['team'],
      summary: 'Share one of your library documents with the team, or stop sharing it (team mode)',
      request: { params: idParam, body: jsonBody(shareBody) },
      responses: { 200: json(shareStateSchema, 'Whether it is shared now'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const state = await shareArtifact(c.var.core, { id: c.req.valid('param').id, shared: c.req.valid('json').shared });
      return c.json(state, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/templates/{ref}/share',
      tags: ['team'],
      summary: 'Share one of your templates (by id or name) with the team, or stop sharing it (team mode)',
      request: { params: templateRefParam, body: jsonBody(shareBody) },
      responses: { 200: json(shareStateSchema, 'Whether it is shared now'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const state = await shareTemplate(c.var.core, { ref: c.req.valid('param').ref, shared: c.req.valid('json').shared });
      return c.json(state, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/library',
      tags: ['team'],
      summary: 'The documents members shared, the most recently shared first; with q, a ranked search of them',
      request: { query: teamLibraryQuery },
      responses: { 200: json(teamLibraryAnswer, 'A page of shared documents, or the best matches'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const { q, limit, offset } = c.req.valid('query');
      if (q !== undefined) {
        if (offset !== undefined && offset > 0)
          throw new AppError('invalid_input', 'A search answers its best matches: offset pages the list, without q');
        const items = await searchTeamLibrary(c.var.core, { query: q, limit });
        return c.json({ query: q.trim(), items, limit: limit ?? 20 }, 200);
      }
      const page = pageWindow(limit, offset);
      return c.json({ items: await listTeamArtifacts(c.var.core, { page }), ...page }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/library/{id}',
      tags: ['team'],
      summary: 'A shared document with its text, the questions it answers and its owner',
      request: { params: idParam },
      responses: { 200: json(sharedArtifactSchema, 'The document'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await getTeamArtifact(c.var.core, { id: c.req.valid('param').id }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/templates',
      tags: ['team'],
      summary: 'The templates members shared, the most recently shared first',
      request: {
        query: z.object({
          limit: z.coerce.number().int().optional(),
          offset: z.coerce.number().int().min(0).optional(),
        }),
      },
      responses: { 200: json(pageOf(sharedTemplateSummarySchema), 'A page of shared templates'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      const { limit, offset } = c.req.valid('query');
      const page = pageWindow(limit, offset);
      return c.json({ items: await listTeamTemplates(c.var.core, { page }), ...page }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/templates/{id}',
      tags: ['team'],
      summary: 'A shared template with its questions and its owner; check a draft against it with POST /api/templates/{id}/check',
      request: { params: idParam },
      responses: { 200: json(sharedTemplateSchema, 'The template'), ...failures },
    }),
    async (c) => {
      memberOf(c);
      return c.json(await getTeamTemplate(c.var.core, { id: c.req.valid('param').id }), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/team/figures',
      tags: ['team'],
      summary: 'The team’s figures this month, counts only: members, active loops, circle-backs, asks and asks that passed (admins)',
      responses: {
        200: json(teamFiguresSchema, 'The figures'),
        403: json(errorSchema, 'Only an admin may'),
        ...failures,
      },
    }),
    async (c) => {
      const { role } = memberOf(c);
      return c.json(await teamFigures(c.var.core, { role }), 200);
    },
  );
}
