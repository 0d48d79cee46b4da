import pg from 'pg';
import type { TestProject } from 'vitest/node';

/** Whether PostgreSQL tests run in this session, and why not when they don't. */
export interface PostgresAvailability {
  url: string | null;
  skipReason: string | null;
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: PostgresAvailability;
  }
}

/**
 * Checks once, before any test file, whether `UNDERSTUDY_TEST_POSTGRES_URL` reaches a server.
 * Under CI an unreachable server fails the run; elsewhere PostgreSQL tests are skipped and the
 * reason is printed.
 */
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.UNDERSTUDY_TEST_POSTGRES_URL ?? null;
  let availability: PostgresAvailability;
  if (!url) {
    availability = { url: null, skipReason: 'UNDERSTUDY_TEST_POSTGRES_URL is not set' };
  } else {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('select 1');
      availability = { url, skipReason: null };
    } catch (error) {
      availability = { url: null, skipReason: `PostgreSQL at ${new URL(url).host} is unreachable (${(error as Error).message})` };
    } finally {
      await client.end().catch(() => {});
    }
  }
  if (availability.skipReason) {
    if (process.env.CI === 'true' && url) throw new Error(`CI needs PostgreSQL: ${availability.skipReason}`);
    process.stdout.write(`\nPostgreSQL tests will be skipped: ${availability.skipReason}\n`);
  }
  project.provide('postgres', availability);
}
