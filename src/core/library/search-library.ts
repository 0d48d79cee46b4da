import { AppError } from '../errors.js';
import type { ArtifactHit, Workspace } from '../ports.js';

/** Longest query accepted, in characters. */
export const MAX_QUERY_CHARS = 500;

/**
 * A search's query and limit, checked: an empty or over-long query, or a limit outside 1–100,
 * is refused; the limit defaults to 20.
 */
export function checkedSearch(options: { query: string; limit?: number | undefined }): { query: string; limit: number } {
  const query = options.query.trim();
  if (query === '') throw new AppError('invalid_input', 'Give words to search for');
  if (query.length > MAX_QUERY_CHARS) throw new AppError('invalid_input', `A search can be at most ${MAX_QUERY_CHARS} characters`);
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new AppError('invalid_input', 'limit must be a whole number from 1 to 100');
  return { query, limit };
}

/**
 * Ranked full-text search of the library with snippets. A query with no words finds nothing;
 * an over-long query or a limit outside 1–100 is refused.
 */
export async function searchLibrary(ctx: { ws: Workspace }, options: { query: string; limit?: number }): Promise<ArtifactHit[]> {
  const { query, limit } = checkedSearch(options);
  return ctx.ws.searchArtifacts(query, limit);
}
