import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type ProofContext, type ProofDatabase, proofAssert } from '../proof/proof.js';
import { proofEnv } from '../proof/server-process.js';

/**
 * Tells from outside whether a write transaction is open on a database, without waiting for
 * it: on SQLite whether another connection holds the write lock (a `BEGIN IMMEDIATE` of ours
 * fails at once with SQLITE_BUSY), on PostgreSQL whether another session of the database has a
 * transaction id (it has written and not yet committed or rolled back).
 */
export interface TransactionProbe {
  open(): Promise<boolean>;
  close(): Promise<void>;
}

/** A probe on the database at `url` (a SQLite file that already exists, or a PostgreSQL URL). */
export async function transactionProbe(kind: ProofDatabase, url: string): Promise<TransactionProbe> {
  if (kind === 'SQLite') {
    const raw = new Database(url, { fileMustExist: true, timeout: 0 });
    return {
      open: async () => {
        try {
          raw.exec('begin immediate');
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
          throw error;
        }
        raw.exec('rollback');
        return false;
      },
      close: async () => {
        raw.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  await client.connect();
  const query =
    'select exists(select 1 from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null) as open';
  return {
    open: async () => ((await client.query<{ open: boolean }>(query)).rows[0]?.open ?? false) === true,
    close: () => client.end().catch(() => {}),
  };
}

/** How often a probe looks: often enough to time a transaction of a few hundred ms, rarely enough not to slow it down. */
const POLL_MS = 10;

/** Resolves `true` once `probe` sees a write transaction open, `false` when `gaveUp()` says to stop first. */
export async function waitForTransaction(probe: TransactionProbe, gaveUp: () => boolean): Promise<boolean> {
  while (!gaveUp()) {
    if (await probe.open()) return true;
    await sleep(POLL_MS);
  }
  return false;
}

/**
 * Milliseconds from now until `probe` no longer sees the transaction open (it committed or
 * rolled back; PostgreSQL ends a killed client's transaction once it notices the client is
 * gone). Fails after 15 s.
 */
export async function timeUntilClosed(probe: TransactionProbe): Promise<number> {
  const started = performance.now();
  while (await probe.open()) {
    proofAssert(performance.now() - started < 15_000, 'a write transaction stayed open for 15 s');
    await sleep(POLL_MS);
  }
  return performance.now() - started;
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A LinkedIn `Connections.csv` of `count` distinct people whose emails start with `tag` (the format of `test/cli-import.test.ts`). */
export function linkedinExport(count: number, tag: string): string {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 1; i <= count; i += 1) {
    lines.push(
      `Person${i},${tag}${i},https://www.linkedin.com/in/${tag}-${i},${tag}.${i}@example.com,"Company ${i % 97}, Inc.",Product Manager,${(i % 28) + 1} Jan 2024`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Every record of `entity` (its URL segment) through the API, a page of 1,000 at a time. */
export async function listAll<T>(baseUrl: string, entity: string): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += 1_000) {
    const response = await fetch(`${baseUrl}/api/${entity}?limit=1000&offset=${offset}`);
    const text = await response.text();
    proofAssert(response.ok, `GET /api/${entity} answered ${response.status}: ${text.slice(0, 200)}`);
    const page = JSON.parse(text) as { items: T[] };
    all.push(...page.items);
    if (page.items.length < 1_000) return all;
  }
}

/**
 * Whether `entity` holds exactly `count` records, with two one-record pages (the API has no
 * count): one at offset `count - 1` and none at `count`.
 */
export async function holdsExactly(baseUrl: string, entity: string, count: number): Promise<boolean> {
  const page = async (offset: number) =>
    ((await (await fetch(`${baseUrl}/api/${entity}?limit=1&offset=${offset}`)).json()) as { items: unknown[] }).items.length;
  return (count === 0 || (await page(count - 1)) === 1) && (await page(count)) === 0;
}

/** A CLI child run in the background, to be killed: its exit as a promise and what it printed. */
export interface CliChild {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
  /** Whether it has not exited yet. */
  running(): boolean;
  /** SIGKILL (if it is still running); resolves once it is gone. */
  kill9(): Promise<void>;
}

/** Starts `understudy ...args` as a child process of its own, as `runCli` would run it. */
export function spawnCli(ctx: ProofContext, args: string[]): CliChild {
  const child = spawn(process.execPath, [join(ctx.repoRoot, 'bin', 'understudy.js'), ...args], {
    cwd: ctx.workDir,
    env: proofEnv(ctx),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    exited,
    output: () => text,
    running: () => child.exitCode === null && child.signalCode === null,
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
      await exited;
    },
  };
}

/** Fractions of a measured transaction at which the attempts kill: a few in the short run, more otherwise. */
export function killFractions(short: boolean): number[] {
  return short ? [0.1, 0.4, 0.7] : [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 1.3];
}

/** What one kill attempt found. */
export interface Attempt {
  /** Milliseconds after the transaction was seen open that the kill was sent (NaN when never seen open). */
  atMs: number;
  /** The transaction was still open and unanswered just before the kill. */
  midway: boolean;
  outcome: 'nothing' | 'whole';
}

/**
 * Waits until `probe` sees the write transaction open (while `running()`), lets it run `delayMs`
 * more, then kills with `kill`. The attempt counts as mid-transaction only when, just before the
 * kill, the work was still running and the transaction still open. Always kills, and resolves
 * once the killed transaction is gone from the database.
 */
export async function killMidway(
  probe: TransactionProbe,
  running: () => boolean,
  delayMs: number,
  kill: () => Promise<void>,
): Promise<Pick<Attempt, 'atMs' | 'midway'>> {
  try {
    const seen = await waitForTransaction(probe, () => !running());
    const seenAt = performance.now();
    if (seen) await sleep(delayMs);
    const midway = seen && running() && (await probe.open());
    const atMs = seen ? performance.now() - seenAt : Number.NaN;
    await kill();
    await timeUntilClosed(probe);
    return { atMs, midway };
  } finally {
    await kill();
  }
}

/** One line about the attempts: how many landed mid-transaction, and what each left behind. */
export function describeAttempts(attempts: readonly Attempt[], transactionMs: number, nothing: string, whole: string): string {
  const midway = attempts.filter((a) => a.midway).length;
  const each = attempts
    .map(
      (a) =>
        `${Number.isNaN(a.atMs) ? 'never seen open' : `${a.atMs.toFixed(0)} ms${a.midway ? '' : ' (after commit)'}`} → ${a.outcome === 'nothing' ? nothing : whole}`,
    )
    .join(', ');
  return `${midway} of ${attempts.length} kills mid-transaction (full transaction ${transactionMs.toFixed(0)} ms): ${each}`;
}
