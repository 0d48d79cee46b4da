import { type Kysely, sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { knownMigrations } from './migrate.js';
import { openStore } from './open-store.js';
import type { AnyDB } from './schema.js';

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: { code: string; message: string }) => e,
  );

/** The migration rows and every column of every table, in a stable order: what a migration could change. */
async function snapshot(db: Kysely<AnyDB>, dialect: 'sqlite' | 'postgres') {
  const migrations = await db.selectFrom('kysely_migration').select(['name', 'timestamp']).orderBy('name').execute();
  const columns =
    dialect === 'sqlite'
      ? await sql<{ name: string; sql: string | null }>`select name, sql from sqlite_master order by type, name`.execute(db)
      : await sql<{ name: string; sql: string }>`select table_name || '.' || column_name as name, data_type as sql
          from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`.execute(db);
  return { migrations, columns: columns.rows };
}

describeEachDialect('migrating a workspace database', (dialect, newDatabase) => {
  it('refuses a database whose applied migrations skip a known one, and leaves it untouched', async () => {
    const url = await newDatabase();
    const store = await openStore({ url });
    const raw = store.db.withoutPlugins();
    const skipped = knownMigrations[2] as string;
    await raw.deleteFrom('kysely_migration').where('name', '=', skipped).execute();
    const before = await snapshot(raw, dialect);
    await store.close();
    expect(before.migrations.map((m) => m.name)).toEqual(knownMigrations.filter((name) => name !== skipped));

    const error = await refusal(openStore({ url }));
    expect(error.code).toBe('db_corrupt');
    expect(error.message).toMatch(/has migrations applied out of order; restore it from a backup/);

    const check = await openCheckedCopy(url, dialect);
    expect(check).toEqual(before);
  });
});

/**
 * Reads the snapshot of a database without migrating it: a refused database cannot be opened
 * through the store, so this goes through the dialect's own handle.
 */
async function openCheckedCopy(url: string, dialect: 'sqlite' | 'postgres') {
  const module = dialect === 'sqlite' ? await import('./dialects/sqlite.js') : await import('./dialects/postgres.js');
  const db = module.open(url);
  try {
    return await snapshot(db, dialect);
  } finally {
    await db.destroy();
  }
}
