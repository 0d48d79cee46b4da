import pg from 'pg';

/**
 * Runs `work` with a client connected to `adminUrl` (a role allowed to create databases) and
 * always ends it; for the tools that make and drop databases of their own.
 */
export async function withAdminClient<R>(adminUrl: string, work: (client: pg.Client) => Promise<R>): Promise<R> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => {});
  }
}
