import { type Kysely, Migrator } from 'kysely';
import { AppError } from '../core/errors.js';
import { migrations } from './migrations/index.js';
import { type AnyDB, MIGRATION_TABLE } from './schema.js';

/** Names of the migrations this version knows, in the order they run. */
export const knownMigrations = Object.keys(migrations).sort();

/** Names of the migrations already applied to `db`, oldest first (empty for a new database). */
export async function appliedMigrations(db: Kysely<AnyDB>): Promise<string[]> {
  try {
    const rows = await db.selectFrom(MIGRATION_TABLE).select('name').orderBy('name').execute();
    return rows.map((r) => String(r.name));
  } catch (error) {
    if (/no such table|does not exist/i.test((error as Error).message)) return [];
    throw error;
  }
}

/**
 * Brings the schema up to date. Refuses a database whose applied migrations are not a prefix
 * of the known ones: one written by a newer version, or edited by hand, is left untouched.
 */
export async function migrateToLatest(db: Kysely<AnyDB>, where: string): Promise<void> {
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !knownMigrations.includes(name));
  if (unknown.length > 0) {
    throw new AppError(
      'db_too_new',
      `${where} was written by a newer version of Understudy (migration ${unknown[0]}); upgrade Understudy to open it`,
    );
  }
  if (applied.some((name, i) => knownMigrations[i] !== name)) {
    throw new AppError('db_corrupt', `${where} has migrations applied out of order; restore it from a backup`);
  }
  if (applied.length === knownMigrations.length) return;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
