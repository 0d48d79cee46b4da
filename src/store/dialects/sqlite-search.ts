import { type Kysely, sql } from 'kysely';
import type { ArtifactHit } from '../../core/ports.js';
import type { AnyDB } from '../schema.js';
import { HIGHLIGHT_END, HIGHLIGHT_START, type SearchRow, searchTerms, toHit } from '../search-snippet.js';

/**
 * Full-text search of artifacts on SQLite: an FTS5 index over title, tags and body that reads
 * its text from `artifacts` (external content, no second copy) and is kept in step by
 * triggers. Words are stemmed (Porter) and folded (Unicode, diacritics removed).
 */
export async function createArtifactSearch(db: Kysely<unknown>): Promise<void> {
  await sql`create virtual table artifacts_fts using fts5(title, tags, body, content='artifacts', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(
    db,
  );
  await sql`create trigger artifacts_fts_insert after insert on artifacts begin
    insert into artifacts_fts(rowid, title, tags, body) values (new.rowid, new.title, new.tags, new.body);
  end`.execute(db);
  await sql`create trigger artifacts_fts_delete after delete on artifacts begin
    insert into artifacts_fts(artifacts_fts, rowid, title, tags, body) values ('delete', old.rowid, old.title, old.tags, old.body);
  end`.execute(db);
  await sql`create trigger artifacts_fts_update after update of title, tags, body on artifacts begin
    insert into artifacts_fts(artifacts_fts, rowid, title, tags, body) values ('delete', old.rowid, old.title, old.tags, old.body);
    insert into artifacts_fts(rowid, title, tags, body) values (new.rowid, new.title, new.tags, new.body);
  end`.execute(db);
  await sql`insert into artifacts_fts(artifacts_fts) values ('rebuild')`.execute(db);
}

/** The user's words as an FTS5 query: every word required, the last one also as a prefix. */
function ftsQuery(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}

/**
 * Ranked search (BM25; a match in the title weighs most, then tags, then body) with a snippet
 * of the best-matching column around the match, made for the returned rows only.
 */
export async function searchArtifacts(db: Kysely<AnyDB>, userId: string, query: string, limit: number): Promise<ArtifactHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const match = ftsQuery(terms);
  // Ranks first, then makes snippets for the returned rows only: a snippet costs more than a rank.
  const { rows } = await sql<SearchRow>`with top as (
      select f.rowid as rid, bm25(artifacts_fts, 10.0, 5.0, 1.0) as rank
      from artifacts_fts f join artifacts a on a.rowid = f.rowid
      where artifacts_fts match ${match} and a.user_id = ${userId}
      order by rank limit ${limit}
    )
    select a.id, a.title, a.kind, a.tags, a.rating, a.source_file, top.rank,
      snippet(artifacts_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', 16) as snippet
    from top join artifacts_fts on artifacts_fts.rowid = top.rid join artifacts a on a.rowid = top.rid
    where artifacts_fts match ${match}
    order by top.rank`.execute(db);
  return rows.map((r) => toHit(r, -r.rank));
}
