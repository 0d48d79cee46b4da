import { randomBytes } from 'node:crypto';
import { withAdminClient as withClient } from '../test/helpers/pg-admin.js';

/** The server the bench creates its database on; a role allowed to create databases. */
export const defaultPostgresUrl = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database made for one bench run: its URL, and how to drop it. */
export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Either a fresh database, or why PostgreSQL rows are skipped. */
export type PostgresSetup = { database: BenchDatabase; skipReason: null } | { database: null; skipReason: string };

/**
 * Creates `understudy_bench_<random>` on the server at `adminUrl`. Never throws: an unreachable
 * server or a refused `create database` comes back as the reason to skip.
 */
export async function createBenchDatabase(adminUrl: string): Promise<PostgresSetup> {
  const name = `understudy_bench_${randomBytes(6).toString('hex')}`;
  let host = 'the given URL';
  try {
    host = new URL(adminUrl).host;
    await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  } catch (error) {
    const e = error as Error & { code?: string };
    return { database: null, skipReason: `PostgreSQL at ${host} is not usable (${e.code ? `${e.code}: ` : ''}${e.message})` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    skipReason: null,
    database: {
      url: url.toString(),
      name,
      drop: () => withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
    },
  };
}
