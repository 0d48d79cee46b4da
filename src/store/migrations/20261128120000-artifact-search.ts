import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * SQLite: an FTS5 index over title, tags and body that reads its text from `artifacts` through
 * a view (external content, no second copy), kept in step by triggers. Words are stemmed
 * (Porter) and folded (Unicode, diacritics removed). The owner is one token, `u` and the
 * user id's UTF-8 in hex, so a search is limited to one user inside the index.
 */
const sqliteStatements = [
  `create view artifacts_search_source as select rowid, title, tags, body, 'u' || lower(hex(artifacts.user_id)) as owner from artifacts`,
  `create virtual table artifacts_fts using fts5(title, tags, body, owner, content='artifacts_search_source', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`,
  `create trigger artifacts_fts_insert after insert on artifacts begin
    insert into artifacts_fts(rowid, title, tags, body, owner) values (new.rowid, new.title, new.tags, new.body, 'u' || lower(hex(new.user_id)));
  end`,
  `create trigger artifacts_fts_delete after delete on artifacts begin
    insert into artifacts_fts(artifacts_fts, rowid, title, tags, body, owner) values ('delete', old.rowid, old.title, old.tags, old.body, 'u' || lower(hex(old.user_id)));
  end`,
  `create trigger artifacts_fts_update after update of title, tags, body, user_id on artifacts begin
    insert into artifacts_fts(artifacts_fts, rowid, title, tags, body, owner) values ('delete', old.rowid, old.title, old.tags, old.body, 'u' || lower(hex(old.user_id)));
    insert into artifacts_fts(rowid, title, tags, body, owner) values (new.rowid, new.title, new.tags, new.body, 'u' || lower(hex(new.user_id)));
  end`,
  `insert into artifacts_fts(artifacts_fts) values ('rebuild')`,
];

/**
 * PostgreSQL: a stored, generated `tsvector` (English stemming; title weighted A, tags B, the
 * first 300,000 characters of the body C, since a tsvector holds at most 1 MB) with a GIN
 * index. The vector stays in the row (storage `main`) rather than in TOAST, where ranking read
 * it six times slower; rows written before this migration take that storage when rewritten.
 */
const postgresStatements = [
  `alter table artifacts add column search tsvector generated always as (
      setweight(to_tsvector('english', title), 'A') ||
      setweight(to_tsvector('english', tags), 'B') ||
      setweight(to_tsvector('english', left(body, 300000)), 'C')
    ) stored`,
  `alter table artifacts alter column search set storage main`,
  `update artifacts set title = title`,
  `create index artifacts_search_idx on artifacts using gin (search)`,
];

/**
 * Full-text search over the library: FTS5 on SQLite, a weighted tsvector on PostgreSQL. The
 * statements are written out here, not taken from the search code in `dialects/`, so this
 * landed migration makes the same schema whatever later becomes of that code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const statement of postgres ? postgresStatements : sqliteStatements) {
    await sql.raw(statement).execute(db);
  }
}
