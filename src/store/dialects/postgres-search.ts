import { type Kysely, sql } from 'kysely';
import type { ArtifactHit, SharedArtifactHit } from '../../core/ports.js';
import type { AnyDB } from '../schema.js';
import {
  anchorOf,
  EXCERPT_BEFORE,
  EXCERPT_LENGTH,
  EXCERPT_SCAN,
  type SearchRow,
  type SharedSearchRow,
  searchTerms,
  toHit,
  toSharedHit,
} from '../search-snippet.js';

/*
 * Full-text search of artifacts on PostgreSQL: a stored, generated `tsvector` (English
 * stemming; title weighted A, tags B, the first 300,000 characters of the body C) with a GIN
 * index, made by the migration 20261128120000-artifact-search. The vector is kept in the row,
 * compressed, rather than out of line: ranking reads it for every match, and fetching it from
 * TOAST made a search six times slower.
 */

/**
 * Ranked search (`ts_rank` over the weighted vector, every word required), with an excerpt
 * of the body around the first match for the snippet, taken for the returned rows only.
 */
export async function searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { rows } = await sql<SearchRow>`select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, top.rank,
      substr(a.body, greatest(1, strpos(lower(left(a.body, ${EXCERPT_SCAN})), ${anchorOf(terms)}) - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) as excerpt
    from (
      select a.id, ts_rank(a.search, q.query) as rank
      from artifacts a, plainto_tsquery('english', ${terms.join(' ')}) q(query)
      where a.user_id = ${userId} and a.search @@ q.query
      order by rank desc, a.id limit ${limit}
    ) top join artifacts a on a.id = top.id
    order by top.rank desc, a.id`.execute(db);
  return rows.map((r) => toHit(r, Number(r.rank), terms));
}

/**
 * Ranked search of the documents shared with the team, whoever owns them: the same vector and
 * ranking as `searchArtifacts`, keeping only rows marked shared. Each hit names its owner.
 */
export async function searchSharedArtifacts(db: Kysely<AnyDB>, query: string, limit: number): Promise<SharedArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { rows } = await sql<SharedSearchRow>`select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, a.user_id, a.shared_at,
      u.name as owner_name, top.rank,
      substr(a.body, greatest(1, strpos(lower(left(a.body, ${EXCERPT_SCAN})), ${anchorOf(terms)}) - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) as excerpt
    from (
      select a.id, ts_rank(a.search, q.query) as rank
      from artifacts a, plainto_tsquery('english', ${terms.join(' ')}) q(query)
      where a.shared_at is not null and a.search @@ q.query
      order by rank desc, a.id limit ${limit}
    ) top join artifacts a on a.id = top.id join users u on u.id = a.user_id
    order by top.rank desc, a.id`.execute(db);
  return rows.map((r) => toSharedHit(r, Number(r.rank), terms));
}
