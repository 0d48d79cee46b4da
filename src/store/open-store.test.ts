import { writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { knownMigrations } from './migrate.js';
import { openStore } from './open-store.js';

const refusal = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: { code: string; message: string }) => e,
  );

describeEachDialect('opening a workspace database', (dialect, newDatabase) => {
  it('creates every table on a new database and opens it again without migrating twice', async () => {
    const url = await newDatabase();
    const first = await openStore({ url });
    await first.close();
    const again = await openStore({ url });
    const applied = await again.db.selectFrom('kysely_migration').select('name').execute();
    expect(applied.map((r) => r.name)).toEqual(knownMigrations);
    await again.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const url = await newDatabase();
    const store = await openStore({ url });
    await store.db
      .withoutPlugins()
      .insertInto('kysely_migration')
      .values({ name: '29990101000000-future', timestamp: '2999-01-01T00:00:00.000Z' })
      .execute();
    await store.close();
    const error = await refusal(openStore({ url }));
    expect(error.code).toBe('db_too_new');
    expect(error.message).toMatch(/newer version of Understudy/);
  });

  if (dialect === 'sqlite') {
    it('refuses a corrupt file with one clear message', async () => {
      const path = await newDatabase();
      writeFileSync(path, Buffer.from('this is not a database at all, just bytes'.repeat(200)));
      const error = await refusal(openStore({ url: path }));
      expect(error.code).toBe('db_corrupt');
      expect(error.message).toContain(path);
    });

    it('refuses the SQLite database of another application', async () => {
      const path = await newDatabase();
      const other = new Database(path);
      other.exec('create table photos (id integer primary key)');
      other.close();
      expect((await refusal(openStore({ url: path }))).message).toMatch(/another application/);
    });

    it('runs with foreign keys on and the WAL journal', async () => {
      const store = await openStore({ url: await newDatabase() });
      const raw = store.db.withoutPlugins();
      const fk = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(raw);
      const journal = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(raw);
      expect(fk.rows[0]?.foreign_keys).toBe(1);
      expect(journal.rows[0]?.journal_mode).toBe('wal');
      await store.close();
    });
  } else {
    it('reports an unreachable server in one line', async () => {
      const error = await refusal(openStore({ url: 'postgres://postgres@127.0.0.1:1/nothing' }));
      expect(error.code).toBe('db_unavailable');
      expect(error.message).toMatch(/Cannot reach PostgreSQL at 127\.0\.0\.1:1\/nothing/);
    });
  }
});
