import type { Kysely } from 'kysely';

/**
 * Team mentoring, read across members but always through the acting member:
 * - `mentor_offers`: one per member who offers to mentor (skills, tags, evidence, capacity,
 *   office-hour slots as JSON text; flags as 0/1 on both dialects).
 * - `conversations`: one per mentee and colleague mentor. `mentee_mentor_id` and
 *   `mentee_relationship_id` name the mentee's own mentor record and relationship, where their
 *   side of the loop is logged; only the mentee's workspace reads them.
 * - `inbox_messages`: what one member sent another in the app, asks and replies;
 *   `mentee_message_id` is where the message is logged in the mentee's workspace.
 * - `office_hour_bookings`: a mentee's booking of one of a mentor's declared slots; one booking
 *   per mentor and start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mentor_offers')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('asks_per_month', 'integer', (c) => c.notNull())
    .addColumn('accepts_backstage', 'integer', (c) => c.notNull())
    .addColumn('office_hours', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mentee_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mentor_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mentee_mentor_id', 'text', (c) => c.notNull())
    .addColumn('mentee_relationship_id', 'text', (c) => c.notNull())
    .addColumn('record_shared', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('conversations_pair', ['mentee_user_id', 'mentor_user_id'])
    .execute();
  await db.schema.createIndex('conversations_mentor').on('conversations').columns(['mentor_user_id', 'updated_at']).execute();
  await db.schema
    .createTable('inbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('from_user_id', 'text', (c) => c.notNull())
    .addColumn('to_user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('check_verdict', 'text')
    .addColumn('check_score', 'integer')
    .addColumn('mentee_message_id', 'text')
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('inbox_messages_conversation').on('inbox_messages').columns(['conversation_id', 'sent_at']).execute();
  await db.schema.createIndex('inbox_messages_recipient').on('inbox_messages').columns(['to_user_id', 'kind', 'sent_at']).execute();
  await db.schema
    .createTable('office_hour_bookings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('mentor_user_id', 'text', (c) => c.notNull())
    .addColumn('mentee_user_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('office_hour_bookings_slot', ['mentor_user_id', 'starts_at'])
    .execute();
  await db.schema.createIndex('office_hour_bookings_mentee').on('office_hour_bookings').columns(['mentee_user_id', 'starts_at']).execute();
}
