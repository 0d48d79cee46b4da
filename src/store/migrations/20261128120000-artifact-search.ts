import { type Kysely, PostgresAdapter } from 'kysely';
import * as postgres from '../dialects/postgres-search.js';
import * as sqlite from '../dialects/sqlite-search.js';

/** Full-text search over the library: FTS5 on SQLite, a weighted tsvector on PostgreSQL. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = db.getExecutor().adapter instanceof PostgresAdapter ? postgres : sqlite;
  await dialect.createArtifactSearch(db);
}
