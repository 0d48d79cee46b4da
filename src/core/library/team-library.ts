import { AppError } from '../errors.js';
import type {
  Page,
  SharedArtifact,
  SharedArtifactHit,
  SharedArtifactSummary,
  SharedTemplate,
  SharedTemplateSummary,
  Workspace,
} from '../ports.js';
import { checkedSearch } from './search-library.js';

/*
 * The team library: what members shared with the team, each item naming its owner. Only shared
 * items are ever read here; another member's unshared document or template is `not_found`,
 * exactly as if it did not exist.
 */

/** Shared documents (without their texts), the most recently shared first. */
export function listTeamArtifacts(ctx: { ws: Workspace }, options: { page: Page }): Promise<SharedArtifactSummary[]> {
  return ctx.ws.team.listArtifacts(options.page);
}

/** A shared document with its text and the questions it answers. */
export async function getTeamArtifact(ctx: { ws: Workspace }, options: { id: string }): Promise<SharedArtifact> {
  const artifact = await ctx.ws.team.getArtifact(options.id);
  if (!artifact) throw new AppError('not_found', `No shared document with id ${options.id}`, { id: options.id });
  return artifact;
}

/** Ranked full-text search of the shared documents, with snippets; the limits of the library's own search. */
export async function searchTeamLibrary(ctx: { ws: Workspace }, options: { query: string; limit?: number }): Promise<SharedArtifactHit[]> {
  const { query, limit } = checkedSearch(options);
  return ctx.ws.team.searchArtifacts(query, limit);
}

/** Shared templates, each with its question count, the most recently shared first. */
export function listTeamTemplates(ctx: { ws: Workspace }, options: { page: Page }): Promise<SharedTemplateSummary[]> {
  return ctx.ws.team.listTemplates(options.page);
}

/** A shared template by id, with its questions in order. */
export async function getTeamTemplate(ctx: { ws: Workspace }, options: { id: string }): Promise<SharedTemplate> {
  const template = await ctx.ws.team.getTemplate(options.id);
  if (!template) throw new AppError('not_found', `No shared template with id ${options.id}`, { id: options.id });
  return template;
}
