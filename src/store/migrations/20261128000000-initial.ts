import type { ColumnBuilderCallback, CreateTableBuilder, Kysely } from 'kysely';

/**
 * The first schema. Types are limited to text, integer and double precision so SQLite and
 * PostgreSQL hold the same values; dates are `YYYY-MM-DD` text, timestamps ISO text, lists and
 * check results JSON text. Every row carries `user_id`.
 */
type Table = CreateTableBuilder<string, string>;
const notNull: ColumnBuilderCallback = (c) => c.notNull();

function owned(db: Kysely<unknown>, name: string): Table {
  return db.schema
    .createTable(name)
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull);
}

function ref(table: string, onDelete: 'cascade' | 'set null' = 'cascade'): ColumnBuilderCallback {
  return (c) => {
    const col = c.references(`${table}.id`).onDelete(onDelete);
    return onDelete === 'cascade' ? col.notNull() : col;
  };
}

const tables: Array<[string, (t: Table) => Table, string[]]> = [
  [
    'outcomes',
    (t) =>
      t
        .addColumn('statement', 'text', notNull)
        .addColumn('kind', 'text')
        .addColumn('metric', 'text')
        .addColumn('direction', 'text')
        .addColumn('baseline', 'double precision')
        .addColumn('target', 'double precision')
        .addColumn('unit', 'text')
        .addColumn('deadline', 'text')
        .addColumn('status', 'text', notNull),
    [],
  ],
  [
    'checkins',
    (t) =>
      t
        .addColumn('outcome_id', 'text', ref('outcomes'))
        .addColumn('date', 'text', notNull)
        .addColumn('value', 'double precision')
        .addColumn('note', 'text')
        .addColumn('confidence', 'integer'),
    ['outcome_id'],
  ],
  [
    'gaps',
    (t) =>
      t
        .addColumn('outcome_id', 'text', ref('outcomes', 'set null'))
        .addColumn('statement', 'text', notNull)
        .addColumn('category', 'text', notNull)
        .addColumn('skill', 'text', notNull)
        .addColumn('status', 'text', notNull),
    ['outcome_id'],
  ],
  [
    'mentors',
    (t) =>
      t
        .addColumn('name', 'text', notNull)
        .addColumn('title', 'text')
        .addColumn('company', 'text')
        .addColumn('expertise', 'text', notNull)
        .addColumn('where_found', 'text')
        .addColumn('email', 'text')
        .addColumn('profile_url', 'text')
        .addColumn('handles', 'text', notNull)
        .addColumn('personal_interests', 'text', notNull)
        .addColumn('excellence_score', 'integer')
        .addColumn('explaining_score', 'integer')
        .addColumn('notes', 'text'),
    [],
  ],
  [
    'evidence',
    (t) =>
      t
        .addColumn('mentor_id', 'text', ref('mentors'))
        .addColumn('criterion', 'text', notNull)
        .addColumn('url', 'text')
        .addColumn('note', 'text'),
    ['mentor_id'],
  ],
  [
    'give_backs',
    (t) => t.addColumn('mentor_id', 'text', ref('mentors')).addColumn('date', 'text', notNull).addColumn('description', 'text', notNull),
    ['mentor_id'],
  ],
  [
    'relationships',
    (t) =>
      t
        .addColumn('mentor_id', 'text', ref('mentors'))
        .addColumn('outcome_id', 'text', ref('outcomes', 'set null'))
        .addColumn('gap_id', 'text', ref('gaps', 'set null'))
        .addColumn('stage', 'text', notNull)
        .addColumn('stage_since', 'text', notNull)
        .addColumn('ideal_gap_days', 'integer', notNull)
        .addColumn('max_gap_days', 'integer', notNull)
        .addColumn('office_hours_cadence', 'text')
        .addColumn('office_hours_minutes', 'integer'),
    ['mentor_id'],
  ],
  [
    'transitions',
    (t) =>
      t
        .addColumn('relationship_id', 'text', ref('relationships'))
        .addColumn('from_stage', 'text')
        .addColumn('to_stage', 'text', notNull)
        .addColumn('date', 'text', notNull)
        .addColumn('note', 'text'),
    ['relationship_id'],
  ],
  [
    'messages',
    (t) =>
      t
        .addColumn('relationship_id', 'text', ref('relationships'))
        .addColumn('kind', 'text', notNull)
        .addColumn('direction', 'text', notNull)
        .addColumn('subject', 'text')
        .addColumn('body', 'text', notNull)
        .addColumn('sent_on', 'text', notNull)
        .addColumn('check_verdict', 'text')
        .addColumn('check_score', 'integer')
        .addColumn('check_result', 'text'),
    ['relationship_id'],
  ],
  [
    'advice',
    (t) =>
      t
        .addColumn('relationship_id', 'text', ref('relationships'))
        .addColumn('message_id', 'text', ref('messages', 'set null'))
        .addColumn('text', 'text', notNull)
        .addColumn('received_on', 'text', notNull)
        .addColumn('applied_on', 'text')
        .addColumn('applied_context', 'text')
        .addColumn('result', 'text')
        .addColumn('circled_back_on', 'text'),
    ['relationship_id'],
  ],
  [
    'meetings',
    (t) =>
      t
        .addColumn('relationship_id', 'text', ref('relationships'))
        .addColumn('date', 'text', notNull)
        .addColumn('objective', 'text')
        .addColumn('notes', 'text')
        .addColumn('duration_minutes', 'integer'),
    ['relationship_id'],
  ],
  [
    'action_items',
    (t) =>
      t
        .addColumn('meeting_id', 'text', ref('meetings'))
        .addColumn('text', 'text', notNull)
        .addColumn('due_on', 'text')
        .addColumn('done_on', 'text'),
    ['meeting_id'],
  ],
  [
    'artifacts',
    (t) =>
      t
        .addColumn('title', 'text', notNull)
        .addColumn('kind', 'text', notNull)
        .addColumn('tags', 'text', notNull)
        .addColumn('rating', 'integer')
        .addColumn('source_file', 'text')
        .addColumn('body', 'text', notNull),
    [],
  ],
  [
    'artifact_questions',
    (t) =>
      t
        .addColumn('artifact_id', 'text', ref('artifacts'))
        .addColumn('question_id', 'text', notNull)
        .addColumn('question', 'text', notNull)
        .addColumn('section', 'text')
        .addColumn('span_start', 'integer', notNull)
        .addColumn('span_end', 'integer', notNull),
    ['artifact_id'],
  ],
  ['templates', (t) => t.addColumn('name', 'text', notNull), []],
  [
    'template_questions',
    (t) =>
      t
        .addColumn('template_id', 'text', ref('templates'))
        .addColumn('position', 'integer', notNull)
        .addColumn('question_id', 'text', notNull)
        .addColumn('question', 'text', notNull)
        .addColumn('support', 'integer', notNull),
    ['template_id'],
  ],
  [
    'template_sources',
    (t) => t.addColumn('template_id', 'text', ref('templates')).addColumn('artifact_id', 'text', ref('artifacts')),
    ['template_id'],
  ],
  [
    'feedback_requests',
    (t) =>
      t
        .addColumn('gap_id', 'text', ref('gaps', 'set null'))
        .addColumn('mentor_id', 'text', ref('mentors', 'set null'))
        .addColumn('giver_name', 'text', notNull)
        .addColumn('event', 'text')
        .addColumn('focus', 'text')
        .addColumn('body', 'text', notNull)
        .addColumn('sent_on', 'text', notNull)
        .addColumn('check_verdict', 'text')
        .addColumn('check_result', 'text'),
    [],
  ],
  [
    'feedback',
    (t) =>
      t
        .addColumn('request_id', 'text', ref('feedback_requests', 'set null'))
        .addColumn('giver_name', 'text', notNull)
        .addColumn('body', 'text', notNull)
        .addColumn('received_on', 'text', notNull)
        .addColumn('theme', 'text')
        .addColumn('strength_id', 'text')
        .addColumn('adopted', 'text'),
    [],
  ],
  [
    'feedback_replies',
    (t) =>
      t
        .addColumn('feedback_id', 'text', ref('feedback'))
        .addColumn('body', 'text', notNull)
        .addColumn('sent_on', 'text', notNull)
        .addColumn('check_verdict', 'text')
        .addColumn('check_result', 'text'),
    ['feedback_id'],
  ],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('role', 'text')
    .addColumn('level', 'text')
    .addColumn('created_at', 'text', notNull)
    .addColumn('updated_at', 'text', notNull)
    .execute();
  for (const [name, columns, indexed] of tables) {
    await columns(owned(db, name)).execute();
    await db.schema.createIndex(`${name}_user_idx`).on(name).column('user_id').execute();
    for (const column of indexed) {
      await db.schema.createIndex(`${name}_${column}_idx`).on(name).columns(['user_id', column]).execute();
    }
  }
  await db.schema.createIndex('templates_user_name_idx').on('templates').columns(['user_id', 'name']).unique().execute();
}
