import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * The loop's plan kept between calls (decision 0004). `loop_plan` holds each mentor's planned
 * actions, findings and keep-in-touch clocks; `loop_stale` names the mentors whose records
 * changed since their plan was made. Triggers on every table a mentor's plan reads mark that
 * mentor, so no write path (use-cases, restore, imports, cascades) can leave a plan out of date.
 * `loop_plan_version` records which version of the rules made a user's plan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('loop_stale')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('mentor_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('loop_stale_pk', ['user_id', 'mentor_id'])
    .execute();
  await db.schema
    .createTable('loop_plan')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('mentor_id', 'text', (c) => c.notNull())
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loop_plan_due_idx').on('loop_plan').columns(['user_id', 'item', 'due_on']).execute();
  await db.schema.createIndex('loop_plan_mentor_idx').on('loop_plan').columns(['user_id', 'mentor_id']).execute();
  await db.schema
    .createTable('loop_plan_version')
    .addColumn('user_id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'text', (c) => c.notNull())
    .execute();

  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const [table, mentorsOf] of Object.entries(marks)) {
    for (const statement of postgres ? postgresTrigger(table, mentorsOf) : sqliteTriggers(table, mentorsOf)) {
      await sql.raw(statement).execute(db);
    }
  }
  // Plans are made on first use; every existing mentor starts out stale.
  await sql.raw('INSERT INTO loop_stale (user_id, mentor_id) SELECT user_id, id FROM mentors').execute(db);
}

/**
 * For each table a mentor's plan reads: a query selecting `(user_id, mentor_id)` of the
 * mentor a row (`r`: NEW or OLD) belongs to.
 */
const marks: Record<string, (r: string) => string> = {
  mentors: (r) => `SELECT ${r}.user_id, ${r}.id WHERE ${r}.id IS NOT NULL`,
  give_backs: (r) => `SELECT ${r}.user_id, ${r}.mentor_id WHERE ${r}.mentor_id IS NOT NULL`,
  relationships: (r) => `SELECT ${r}.user_id, ${r}.mentor_id WHERE ${r}.mentor_id IS NOT NULL`,
  transitions: byRelationship,
  messages: byRelationship,
  advice: byRelationship,
  meetings: byRelationship,
  action_items: (r) =>
    `SELECT ${r}.user_id, rel.mentor_id FROM meetings mt JOIN relationships rel ON rel.id = mt.relationship_id WHERE mt.id = ${r}.meeting_id`,
};

function byRelationship(r: string): string {
  return `SELECT ${r}.user_id, rel.mentor_id FROM relationships rel WHERE rel.id = ${r}.relationship_id`;
}

const mark = (mentorsOf: (r: string) => string, r: string) =>
  `INSERT INTO loop_stale (user_id, mentor_id) ${mentorsOf(r)} ON CONFLICT DO NOTHING;`;

function sqliteTriggers(table: string, mentorsOf: (r: string) => string): string[] {
  return [
    `CREATE TRIGGER loop_stale_${table}_insert AFTER INSERT ON ${table} BEGIN ${mark(mentorsOf, 'NEW')} END`,
    `CREATE TRIGGER loop_stale_${table}_update AFTER UPDATE ON ${table} BEGIN ${mark(mentorsOf, 'OLD')} ${mark(mentorsOf, 'NEW')} END`,
    `CREATE TRIGGER loop_stale_${table}_delete AFTER DELETE ON ${table} BEGIN ${mark(mentorsOf, 'OLD')} END`,
  ];
}

function postgresTrigger(table: string, mentorsOf: (r: string) => string): string[] {
  return [
    `CREATE FUNCTION loop_stale_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN ${mark(mentorsOf, 'OLD')} END IF;
  IF TG_OP <> 'DELETE' THEN ${mark(mentorsOf, 'NEW')} END IF;
  RETURN NULL;
END $$`,
    `CREATE TRIGGER loop_stale_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION loop_stale_${table}()`,
  ];
}
