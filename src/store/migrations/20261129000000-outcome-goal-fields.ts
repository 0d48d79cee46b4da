import type { Kysely } from 'kysely';

/**
 * An outcome keeps everything the goal check reads from its statement (SPEC §1.1): besides the
 * metric fields, the deliverable, its completion criterion and the number of stakeholders.
 * Existing outcomes get them empty. A draft is a status value, so it needs no column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('outcomes').addColumn('deliverable', 'text').execute();
  await db.schema.alterTable('outcomes').addColumn('criterion', 'text').execute();
  await db.schema.alterTable('outcomes').addColumn('stakeholders', 'integer').execute();
}
