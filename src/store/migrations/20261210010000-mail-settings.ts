import type { Kysely } from 'kysely';

/**
 * Mail for a team:
 * - `mail_settings`: a member's choices (digest `off|daily|weekly`, notices 0/1); no row means
 *   the defaults core gives.
 * - `calendar_feeds`: the hash of a member's secret calendar-feed token (one feed per member;
 *   making another replaces it, revoking deletes it).
 * - `mail_digests`: one row per member and period (`YYYY-MM-DD` or `YYYY-Www`) whose digest a
 *   process claimed: the primary key lets exactly one process of a team send it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('notices', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_settings_digest').on('mail_settings').columns(['digest', 'user_id']).execute();
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_digests')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mail_digests_pk', ['user_id', 'period'])
    .execute();
}
