import type { Page, Workspace } from '../ports.js';
import type { Artifact } from './schemas.js';

/** An artifact without its text, as lists show it. */
export type ArtifactSummary = Omit<Artifact, 'body'> & { characters: number };

/**
 * The library, oldest first, optionally of one kind or with one tag; bodies are left out. Given
 * a page, the store reads only that window; tags are kept as JSON, which the store does not
 * filter on, so with a tag the page is cut here, after the filter.
 */
export async function listArtifacts(
  ctx: { ws: Workspace },
  options: { kind?: Artifact['kind']; tag?: string; page?: Page } = {},
): Promise<ArtifactSummary[]> {
  const tag = options.tag?.toLowerCase();
  const rows = await ctx.ws.table('artifacts').list(options.kind ? { kind: options.kind } : {}, tag ? undefined : options.page);
  const tagged = tag ? rows.filter((a) => a.tags.some((t) => t.toLowerCase() === tag)) : rows;
  const page = tag && options.page ? tagged.slice(options.page.offset, options.page.offset + options.page.limit) : tagged;
  return page.map(({ body, ...rest }) => ({ ...rest, characters: body.length }));
}
