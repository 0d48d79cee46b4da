import { type Kysely, sql } from 'kysely';
import type { ArtifactHit } from '../../core/ports.js';
import type { AnyDB } from '../schema.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchRow, searchTerms, toHit } from '../search-snippet.js';

/** How much of a body is indexed and quoted in snippets: a tsvector holds at most 1 MB. */
const INDEXED_CHARS = 300_000;

/**
 * Full-text search of artifacts on PostgreSQL: a stored, generated `tsvector` (English
 * stemming; title weighted A, tags B, body C) with a GIN index.
 */
export async function createArtifactSearch(db: Kysely<unknown>): Promise<void> {
  await sql`alter table artifacts add column search tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', tags), 'B') ||
      setweight(to_tsvector('english', left(body, ${sql.lit(INDEXED_CHARS)})), 'C')
    ) stored`.execute(db);
  await sql`create index artifacts_search_idx on artifacts using gin (search)`.execute(db);
}

/**
 * Ranked search (cover density over the weighted vector) with a headline around the match;
 * headlines are computed for the returned rows only.
 */
export async function searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const options = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=24, MinWords=10, MaxFragments=1, FragmentDelimiter=" … "`;
  const { rows } = await sql<SearchRow>`with q as (select plainto_tsquery('english', ${terms.join(' ')}) as query),
    top as (
      select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, a.body, ts_rank_cd(a.search, q.query) as rank, q.query
      from artifacts a, q
      where a.user_id = ${userId} and a.search @@ q.query
      order by rank desc, a.id limit ${limit}
    )
    select id, title, kind, tags, rating, source_file, rank,
      ts_headline('english', left(body, ${sql.lit(INDEXED_CHARS)}), query, ${options}) as snippet
    from top order by rank desc, id`.execute(db);
  return rows.map((r) => toHit(r, Number(r.rank)));
}
