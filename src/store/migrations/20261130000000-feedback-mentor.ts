import { type Kysely, sql } from 'kysely';

/**
 * Feedback names the mentor who gave it (null for anyone who is not a mentor) and the day its
 * counter-behaviour was adopted, so the shadow side can be measured again. Feedback already
 * logged against a request to a mentor takes that request's mentor.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('feedback')
    .addColumn('mentor_id', 'text', (c) => c.references('mentors.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('feedback').addColumn('adopted_on', 'text').execute();
  await db.schema.createIndex('feedback_mentor_id_idx').on('feedback').columns(['user_id', 'mentor_id']).execute();
  await sql`update feedback set mentor_id = (select r.mentor_id from feedback_requests r where r.id = feedback.request_id)
    where request_id is not null`.execute(db);
}
