import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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
export function describeEachDialect(title: string, body: (dialect: Dialect, newDatabase: () => Promise<string>) => void): void {
  const postgres = inject('postgres');
  describe(`${title} [sqlite]`, () => body('sqlite', sqliteDatabase()));
  const run = postgres.url ? describe : describe.skip;
  run(`${title} [postgres]${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`, () =>
    body('postgres', postgresDatabase(postgres.url ?? '')),
  );
}

/** A factory of fresh SQLite files in a temporary folder removed after the suite. */
export function sqliteDatabase(): () => Promise<string> {
  let dir: string | null = null;
  let n = 0;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return async () => {
    dir ??= mkdtempSync(join(tmpdir(), 'understudy-test-'));
    n += 1;
    return join(dir, `workspace-${n}.db`);
  };
}

/** A factory of fresh PostgreSQL databases, dropped after the suite. */
export function postgresDatabase(adminUrl: string): () => Promise<string> {
  const created: string[] = [];
  afterAll(async () => {
    if (created.length === 0) return;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    for (const name of created) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });
  return async () => {
    const name = `understudy_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    created.push(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return url.toString();
  };
}
