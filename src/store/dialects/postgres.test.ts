import { describe, expect, inject, it } from 'vitest';
import { postgresDatabase } from '../../../test/helpers/dialects.js';
import { withAdminClient } from '../../../test/helpers/pg-admin.js';
import { openStore } from '../open-store.js';

const postgres = inject('postgres');
const run = postgres.url ? describe : describe.skip;

run(`PostgreSQL going away under a running store [postgres]${postgres.skipReason ? ` (skipped: ${postgres.skipReason})` : ''}`, () => {
  const adminUrl = postgres.url ?? '';
  const newDatabase = postgresDatabase(adminUrl);

  /** Ends every connection to `url`'s database, as a restart or a crash of the server would. */
  const endConnections = (url: string) =>
    withAdminClient(adminUrl, (admin) =>
      admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
        new URL(url).pathname.slice(1),
      ]),
    );

  it('answers db_unavailable to the transaction whose connection ended, and serves the next request', async () => {
    const url = await newDatabase();
    const store = await openStore({ url });
    try {
      const ws = store.workspace('local');
      const failure = await ws
        .transaction(async (tx) => {
          await tx.table('mentors').list();
          await endConnections(url);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await tx.table('mentors').list();
        })
        .then(
          () => null,
          (error: { code?: string; message: string }) => error,
        );
      expect(failure?.code).toBe('db_unavailable');
      expect(failure?.message).toMatch(/^(Cannot reach PostgreSQL|PostgreSQL at .* is restarting or went away)/);
      expect(await ws.table('mentors').list()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('reconnects after its idle connections were ended', async () => {
    const url = await newDatabase();
    const store = await openStore({ url });
    try {
      const ws = store.workspace('local');
      await Promise.all([ws.table('mentors').list(), ws.table('outcomes').list(), ws.table('gaps').list()]);
      await endConnections(url);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(await ws.table('mentors').list()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
