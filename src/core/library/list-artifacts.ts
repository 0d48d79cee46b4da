import type { Page, Workspace } from '../ports.js';
import type { Artifact } from './schemas.js';

/** An artifact without its text, as lists show it. */
export type ArtifactSummary = Omit<Artifact, 'body'> & { characters: number };

/** The library, oldest first, optionally of one kind or with one tag; bodies are left out. */
export async function listArtifacts(
  ctx: { ws: Workspace },
  options: { kind?: Artifact['kind']; tag?: string; page?: Page } = {},
): Promise<ArtifactSummary[]> {
  const rows = await ctx.ws.table('artifacts').list(options.kind ? { kind: options.kind } : {}, options.tag ? undefined : options.page);
  return rows
    .filter((a) => !options.tag || a.tags.some((t) => t.toLowerCase() === options.tag?.toLowerCase()))
    .map(({ body, ...rest }) => ({ ...rest, characters: body.length }));
}
