import { type ApiRow, type LoadFigures, type LoadPlan, loadInTurns, warmUp } from './api.js';
import { createBenchDatabase, type PostgresSetup } from './postgres.js';
import { type ServerUnderTest, startOurServer, startPlainServer } from './servers.js';
import { benchMentors, getJson, runCli, seedMentors } from './workspace.js';

/** Where the API section runs: the built CLI, the seeded SQLite file, the PostgreSQL server. */
export interface ApiSectionOptions {
  repoRoot: string;
  bin: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  sqliteFile: string;
  postgresAdminUrl: string;
  plan: LoadPlan;
  path: string;
  /** Mentors added on top of the demo's, through the API. */
  extraMentors: number;
  /** Items a page must hold for the answer to count as the real thing. */
  pageSize: number;
  /** Called with the PostgreSQL setup at once, so its database is dropped whatever happens next. */
  onDatabase(setup: PostgresSetup): void;
  /** Called with each finished row, to print progress. */
  onRow(row: ApiRow): void;
}

/** The rows of the API section, and whether the baseline answered byte for byte like ours. */
export interface ApiSectionResult {
  rows: ApiRow[];
  plainMatchesOurs: boolean | null;
  failed: boolean;
}

/** Fetches one page and refuses to load a server that does not answer it properly. */
async function checkedPage(server: ServerUnderTest, path: string, pageSize: number): Promise<string> {
  const page = await getJson(server.url, path);
  const items = (page.body as { items?: unknown[] } | null)?.items;
  if (page.status !== 200 || !Array.isArray(items) || items.length !== pageSize) {
    throw new Error(
      `GET ${path} answered ${page.status} with ${Array.isArray(items) ? items.length : 'no'} items: ${page.text.slice(0, 300)}`,
    );
  }
  return page.text;
}

/** A server started and checked for its row, or the row saying why it could not be. */
type Prepared = { key: ApiRow['key']; label: string; server: ServerUnderTest | null; failure: string | null };

/** Starts a server and runs `before` on it (seeding, the page check); stops it if that fails. */
async function prepare(
  key: ApiRow['key'],
  label: string,
  start: () => Promise<ServerUnderTest>,
  before: (server: ServerUnderTest) => Promise<void>,
): Promise<Prepared> {
  let server: ServerUnderTest | null = null;
  try {
    server = await start();
    await before(server);
    return { key, label, server, failure: null };
  } catch (error) {
    await server?.stop();
    return { key, label, server: null, failure: `failed: ${(error as Error).message}` };
  }
}

/** Warms up every prepared server, loads them in turns, stops them and returns their rows. */
async function measureTogether(prepared: Prepared[], plan: LoadPlan, path: string): Promise<ApiRow[]> {
  const live = prepared.filter((p) => p.server !== null);
  const figures = new Map<Prepared, LoadFigures>();
  let failure: string | null = null;
  try {
    const urls = live.map((p) => new URL(path, p.server?.url).toString());
    for (const url of urls) await warmUp(url, plan);
    const measured = await loadInTurns(urls, plan);
    for (const [k, p] of live.entries()) {
      const f = measured[k];
      if (f) figures.set(p, f);
    }
  } catch (error) {
    failure = `failed: ${(error as Error).message}`;
  } finally {
    for (const p of live) await p.server?.stop();
  }
  return prepared.map((p) => {
    const f = figures.get(p) ?? null;
    return { key: p.key, label: p.label, figures: f, skipReason: f ? null : (p.failure ?? failure ?? 'failed: no figures') };
  });
}

/**
 * Measures (a) our server on SQLite and (b) the plain handler on the same file, taking turns,
 * then (c) our server on a fresh PostgreSQL database; each server runs in its own process and
 * only one is loaded at a time. A failing row is reported and the others still run; an
 * unreachable PostgreSQL only skips its row.
 */
export async function runApiSection(o: ApiSectionOptions): Promise<ApiSectionResult> {
  const mentors = benchMentors(o.extraMentors);
  const texts: { ours: string | null; plain: string | null } = { ours: null, plain: null };
  const ours = await prepare(
    'sqlite',
    '(a) understudy, SQLite',
    () => startOurServer({ bin: o.bin, databaseUrl: o.sqliteFile, cwd: o.cwd, env: o.env }),
    async (server) => {
      await seedMentors(server.url, mentors);
      texts.ours = await checkedPage(server, o.path, o.pageSize);
    },
  );
  const plain = await prepare(
    'plain',
    '(b) plain node:http + better-sqlite3',
    () => startPlainServer({ repoRoot: o.repoRoot, file: o.sqliteFile, env: o.env }),
    async (server) => {
      texts.plain = await checkedPage(server, o.path, o.pageSize);
    },
  );
  const rows = await measureTogether([ours, plain], o.plan, o.path);
  for (const row of rows) o.onRow(row);

  const setup = await createBenchDatabase(o.postgresAdminUrl);
  o.onDatabase(setup);
  const label = '(c) understudy, PostgreSQL';
  let pgRow: ApiRow = { key: 'postgres', label, figures: null, skipReason: setup.skipReason };
  if (setup.database) {
    const url = setup.database.url;
    const pg = await prepare(
      'postgres',
      label,
      async () => {
        runCli({ bin: o.bin, args: ['--db', url, 'init', '--demo'], cwd: o.cwd, env: o.env });
        return startOurServer({ bin: o.bin, databaseUrl: url, cwd: o.cwd, env: o.env });
      },
      async (server) => {
        await seedMentors(server.url, mentors);
        await checkedPage(server, o.path, o.pageSize);
      },
    );
    pgRow = (await measureTogether([pg], o.plan, o.path))[0] ?? pgRow;
  }
  rows.push(pgRow);
  o.onRow(pgRow);

  const failed = rows.some((r) => r.skipReason?.startsWith('failed'));
  const plainMatchesOurs = texts.ours !== null && texts.plain !== null ? texts.ours === texts.plain : null;
  return { rows, plainMatchesOurs, failed };
}
