import { type Kysely, PostgresAdapter, sql } from 'kysely';

/**
 * Next actions read the Mirror's actions (feedback requests on EQ gaps, re-measures) from the
 * stored loop plan too (decision 0004), under the empty key beside the mentors' ids: triggers
 * on gaps, feedback requests and feedback mark it stale, as those on a mentor's tables mark
 * the mentor. Check-ins are not planned: an index gives each outcome's latest check-in date
 * without reading the check-ins themselves.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('checkins_outcome_date_idx').on('checkins').columns(['user_id', 'outcome_id', 'date']).execute();
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  for (const table of ['gaps', 'feedback_requests', 'feedback']) {
    for (const statement of postgres ? postgresTrigger(table) : sqliteTriggers(table)) await sql.raw(statement).execute(db);
  }
}

// The WHERE keeps SQLite from reading ON CONFLICT as a join's ON.
const mark = (r: string) => `INSERT INTO loop_stale (user_id, mentor_id) SELECT ${r}.user_id, '' WHERE true ON CONFLICT DO NOTHING;`;

function sqliteTriggers(table: string): string[] {
  return [
    `CREATE TRIGGER loop_stale_${table}_insert AFTER INSERT ON ${table} BEGIN ${mark('NEW')} END`,
    `CREATE TRIGGER loop_stale_${table}_update AFTER UPDATE ON ${table} BEGIN ${mark('OLD')} ${mark('NEW')} END`,
    `CREATE TRIGGER loop_stale_${table}_delete AFTER DELETE ON ${table} BEGIN ${mark('OLD')} END`,
  ];
}

function postgresTrigger(table: string): string[] {
  return [
    `CREATE FUNCTION loop_stale_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN ${mark('OLD')} END IF;
  IF TG_OP <> 'DELETE' THEN ${mark('NEW')} END IF;
  RETURN NULL;
END $$`,
    `CREATE TRIGGER loop_stale_${table} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION loop_stale_${table}()`,
  ];
}
