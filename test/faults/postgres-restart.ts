import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import { freshDatabase } from '../proof/databases.js';
import { type ProofContext, type ProofRow, proofAssert, prove } from '../proof/proof.js';
import { allIds, type ServerProcess, startDemoServer } from '../proof/server-process.js';

const run = promisify(execFile);

/** Longest a request may take while PostgreSQL restarts: it must fail clearly, not hang. */
const REQUEST_TIMEOUT_MS = 15_000;
/** How long the server has to serve again once PostgreSQL is back. */
const RECOVERY_MS = 15_000;

interface Outcome {
  status: number;
  code: string;
  ms: number;
  at: number;
}

/**
 * Restarts the local PostgreSQL cluster (Debian's `pg_ctlcluster`), as an upgrade or a crash
 * would; asynchronously, so requests go on while it restarts.
 */
async function restartPostgres(): Promise<void> {
  const version = readdirSync('/etc/postgresql')[0];
  proofAssert(version, 'no PostgreSQL cluster under /etc/postgresql');
  try {
    await run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart', '--mode', 'fast']);
  } catch (error) {
    const e = error as Error & { stderr?: string };
    throw new Error(`pg_ctlcluster restart failed: ${(e.stderr || e.message).trim()}`);
  }
}

async function request(server: ServerProcess, path: string, init: RequestInit, started: number): Promise<Outcome & { id?: string }> {
  const begin = performance.now();
  try {
    const response = await fetch(`${server.url}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await response.text();
    const body = text ? (JSON.parse(text) as { id?: string; error?: { code: string; message: string } }) : {};
    proofAssert(!/\n\s+at /.test(text), `a stack trace reached the client: ${text.slice(0, 200)}`);
    return { status: response.status, code: body.error?.code ?? '', ms: performance.now() - begin, at: begin - started, id: body.id };
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError')
      return { status: 0, code: 'timeout', ms: REQUEST_TIMEOUT_MS, at: begin - started };
    // No answer at all (the connection closed or was refused): a failure the proof reports.
    const cause = (error as Error & { cause?: { code?: string; message?: string } }).cause;
    return {
      status: 0,
      code: `no answer (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      ms: performance.now() - begin,
      at: begin - started,
    };
  }
}

/**
 * PostgreSQL restarted under load: requests in flight or arriving while it is down get a clear
 * 503 (`db_unavailable`), none hangs or gets a 500, the server serves again on its own once the
 * database is back, and every acknowledged write is kept.
 */
async function postgresRestart(ctx: ProofContext): Promise<string> {
  const db = await freshDatabase(ctx, 'PostgreSQL');
  let server: ServerProcess | null = null;
  try {
    const demo = await startDemoServer(ctx, db.url);
    server = demo.server;
    const running = server;
    const { outcomeId } = demo;

    const started = performance.now();
    const results: Outcome[] = [];
    const acknowledged: string[] = [];
    const ok = (r: Outcome) => r.status >= 200 && r.status < 300;
    let lastOkAt = 0;
    let stop = false;
    const workers = Array.from({ length: 10 }, async (_, worker) => {
      for (let n = 0; !stop; n += 1) {
        const write = n % 2 === 0;
        const result = write
          ? await request(
              running,
              '/api/checkins',
              {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ outcomeId, note: `restart w${worker}-${n}` }),
              },
              started,
            )
          : await request(running, n % 4 === 1 ? '/api/next-actions' : '/api/mentors?limit=20', {}, started);
        results.push(result);
        if (write && result.id && result.status < 300) acknowledged.push(result.id);
        if (ok(result)) lastOkAt = Math.max(lastOkAt, result.at);
        if (result.status === 503) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const restartedAt = performance.now() - started;
    await restartPostgres();
    const restartMs = performance.now() - started - restartedAt;
    // Until a request sent after the restart succeeds, or the recovery time is up.
    const deadline = performance.now() + RECOVERY_MS;
    while (lastOkAt < restartedAt + restartMs && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    stop = true;
    await Promise.all(workers);

    proofAssert(running.alive(), `the server exited during the restart: ${running.output().trim().split('\n').slice(-5).join(' | ')}`);
    const failed = results.filter((r) => !ok(r));
    proofAssert(failed.length > 0, 'no request noticed the restart: the proof did not test anything');
    const unclear = failed.filter((r) => !(r.status === 503 && r.code === 'db_unavailable'));
    proofAssert(
      unclear.length === 0,
      `${unclear.length} requests failed without a clear 503, first: ${unclear[0]?.status} ${unclear[0]?.code} after ${unclear[0]?.ms.toFixed(0)} ms`,
    );
    // Serving again: the first request that succeeded after the last one that failed.
    const lastFailureAt = Math.max(...failed.map((r) => r.at));
    const backAt = Math.min(...results.filter((r) => ok(r) && r.at > lastFailureAt).map((r) => r.at));
    proofAssert(
      backAt - restartedAt - restartMs <= RECOVERY_MS,
      `the server did not serve again within ${RECOVERY_MS / 1_000} s of the restart`,
    );
    const ids = await allIds(running, 'checkins');
    const lost = acknowledged.filter((id) => !ids.has(id)).length;
    proofAssert(lost === 0, `${lost} acknowledged writes are missing`);
    const slowest = Math.max(...failed.map((r) => r.ms), 0);
    return `${results.length} requests; restart took ${(restartMs / 1_000).toFixed(1)} s; ${failed.length} got 503 db_unavailable (slowest ${slowest.toFixed(0)} ms), none hung or 500; serving again ${((backAt - restartedAt) / 1_000).toFixed(1)} s after the restart began; ${acknowledged.length} acknowledged writes, 0 lost`;
  } finally {
    await server?.stop();
    await db.drop().catch(() => {});
  }
}

/** The PostgreSQL-restart proof (PostgreSQL only: SQLite has no server to restart). */
export async function provePostgresRestart(ctx: ProofContext): Promise<ProofRow[]> {
  if (!ctx.postgresAdminUrl) {
    return [
      { area: 'faults', claim: 'PostgreSQL restarted mid-run', database: 'PostgreSQL', ok: false, figures: 'PostgreSQL is not available' },
    ];
  }
  ctx.say('PostgreSQL restart under load…');
  return [
    await prove({ area: 'faults', claim: 'PostgreSQL restarted mid-run: clear 503s, recovers by itself', database: 'PostgreSQL' }, () =>
      postgresRestart(ctx),
    ),
  ];
}
