import type { Kysely } from 'kysely';

/**
 * A library document remembers the hash of its text, so adding the same document again finds
 * it instead of storing a copy. Existing documents start without one; the library computes it
 * the next time a document is added.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('artifacts').addColumn('content_hash', 'text').execute();
  await db.schema.createIndex('artifacts_content_hash_idx').on('artifacts').columns(['user_id', 'content_hash']).execute();
}
