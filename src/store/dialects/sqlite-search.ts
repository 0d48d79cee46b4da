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

/** The owner of an artifact as one index token, whatever its id holds: `u` and the id's UTF-8 in hex. */
function ownerToken(userId: string): string {
  return `u${[...new TextEncoder().encode(userId)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/*
 * Full-text search of artifacts on SQLite: an FTS5 index over title, tags and body that reads
 * its text from `artifacts` through a view (external content, no second copy) and is kept in
 * step by triggers, all made by the migration 20261128120000-artifact-search. Words are stemmed
 * (Porter) and folded (Unicode, diacritics removed). The owner is indexed as one token, so a
 * search is limited to one user inside the index rather than by reading every matching row.
 */

/**
 * The FTS5 query: every word of the user's in the text columns and, when the library holds
 * other users' documents too, the owner's token in the owner column.
 */
function ftsQuery(terms: readonly string[], owner: string | null): string {
  const words = `{title tags body} : (${terms.map((t) => `"${t}"`).join(' ')})`;
  return owner ? `owner : "${owner}" AND ${words}` : words;
}

/**
 * Ranked search (BM25; a match in the title weighs most, then tags, then body; the owner
 * column not at all), with an excerpt of the body around the first match for the snippet.
 */
export async function searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  // In solo use every document is the user's: the owner filter would only slow ranking down.
  // Two seeks on the user index: `user_id <> ?` would walk all of it. Another user may add a
  // document between this look and the search, so the rows found are still checked for their
  // owner: the token ranks within the user's documents, the check keeps the answer theirs.
  const others = await sql<{ found: number }>`select exists(select 1 from artifacts where user_id < ${userId})
      or exists(select 1 from artifacts where user_id > ${userId}) as found`.execute(db);
  const owner = others.rows[0]?.found ? ownerToken(userId) : null;
  const { rows } = await sql<SearchRow>`select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, top.rank,
      substr(a.body, max(1, instr(lower(substr(a.body, 1, ${EXCERPT_SCAN})), ${anchorOf(terms)}) - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) as excerpt
    from (
      select rowid as rid, bm25(artifacts_fts, 10.0, 5.0, 1.0, 0.0) as rank from artifacts_fts
      where artifacts_fts match ${ftsQuery(terms, owner)} order by rank limit ${limit}
    ) top join artifacts a on a.rowid = top.rid
    where a.user_id = ${userId}
    order by top.rank`.execute(db);
  return rows.map((r) => toHit(r, -r.rank, terms));
}

/**
 * Ranked search of the documents shared with the team, whoever owns them: the same index and
 * ranking as `searchArtifacts`, with no owner token, keeping only rows marked shared (before
 * the limit, so unshared matches never take a place). Each hit names its owner.
 */
export async function searchSharedArtifacts(db: Kysely<AnyDB>, query: string, limit: number): Promise<SharedArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const { rows } = await sql<SharedSearchRow>`select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, a.user_id, a.shared_at,
      u.name as owner_name, top.rank,
      substr(a.body, max(1, instr(lower(substr(a.body, 1, ${EXCERPT_SCAN})), ${anchorOf(terms)}) - ${EXCERPT_BEFORE}), ${EXCERPT_LENGTH}) as excerpt
    from (
      select artifacts_fts.rowid as rid, bm25(artifacts_fts, 10.0, 5.0, 1.0, 0.0) as rank
      from artifacts_fts join artifacts s on s.rowid = artifacts_fts.rowid
      where artifacts_fts match ${ftsQuery(terms, null)} and s.shared_at is not null
      order by rank limit ${limit}
    ) top join artifacts a on a.rowid = top.rid join users u on u.id = a.user_id
    order by top.rank, a.id`.execute(db);
  return rows.map((r) => toSharedHit(r, -r.rank, terms));
}
