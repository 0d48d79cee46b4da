import { type Kysely, sql } from 'kysely';

/**
 * The team library lists what members shared, most recently shared first: a partial index of
 * the shared rows of `artifacts` and `templates` (by `shared_at`), so a list reads only them and
 * never walks every member's documents. Unshared rows are not in it and cost nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['artifacts', 'templates']) {
    await db.schema
      .createIndex(`${table}_shared_idx`)
      .on(table)
      .columns(['shared_at', 'id'])
      .where(sql.ref('shared_at'), 'is not', null)
      .execute();
  }
}
