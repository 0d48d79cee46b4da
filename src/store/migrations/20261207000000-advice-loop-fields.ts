import type { Kysely } from 'kysely';

/**
 * A piece of advice keeps the day its result is expected (the circle-back reminder falls on
 * it) and the circle-back message that named it, so a loop closes only through a message that
 * reports its result and the doctor can say why one did not. Existing advice gets them empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('advice').addColumn('result_expected_on', 'text').execute();
  await db.schema
    .alterTable('advice')
    .addColumn('circle_back_message_id', 'text', (c) => c.references('messages.id').onDelete('set null'))
    .execute();
}
