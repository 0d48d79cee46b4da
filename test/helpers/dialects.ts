import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, inject } from 'vitest';

/** The two databases every repository test runs on. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Runs `body` once per dialect inside `describe('sqlite' | 'postgres')`. The PostgreSQL
 * suite is skipped, with its reason in the name, when no server is available.
 */
/**
 * Makes a fresh database and returns its URL (a SQLite path or a `postgres://` URL). Given
 * the URL of another database of the same factory, closed by its last user, the new one starts
 * as a copy of it.
 */
export type NewDatabase = (copyOf?: string) => Promise<string>;

export function describeEachDialect(title: string, body: (dialect: Dialect, newDatabase: NewDatabase) => void): void {
  const postgres = inject('postgres');
  describe(`${title} [sqlite]`, () => body('sqlite', sqliteDatabase()));
  const run = postgres.url ? describe : describe.skip;
  run(`${title} [postgres]${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`, () =>
    body('postgres', postgresDatabase(postgres.url ?? '')),
  );
}

/** A factory of fresh SQLite files in a temporary folder removed after the suite. */
export function sqliteDatabase(): NewDatabase {
  let dir: string | null = null;
  let n = 0;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return async (copyOf) => {
    dir ??= mkdtempSync(join(tmpdir(), 'understudy-test-'));
    n += 1;
    const path = join(dir, `workspace-${n}.db`);
    for (const suffix of copyOf ? ['', '-wal'] : []) {
      if (existsSync(`${copyOf}${suffix}`)) copyFileSync(`${copyOf}${suffix}`, `${path}${suffix}`);
    }
    return path;
  };
}

/** A factory of fresh PostgreSQL databases, dropped after the suite. */
export function postgresDatabase(adminUrl: string): NewDatabase {
  const created: string[] = [];
  afterAll(async () => {
    if (created.length === 0) return;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return async (copyOf) => {
    const name = `understudy_test_${randomBytes(6).toString('hex')}`;
    const template = copyOf ? new URL(copyOf).pathname.slice(1) : null;
    if (template !== null && !created.includes(template)) throw new Error(`${copyOf} was not made by this factory`);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
    await admin.end();
    created.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
}
