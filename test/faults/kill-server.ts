import Database from 'better-sqlite3';
import { freshDatabase, proofDatabases } from '../proof/databases.js';
import { type ProofContext, type ProofDatabase, type ProofRow, proofAssert, prove } from '../proof/proof.js';
import { type ServerProcess, startServer } from '../proof/server-process.js';
import { killDuringImport } from './kill-import.js';
import { listAll } from './kill-parts.js';
import { killDuringRestore } from './kill-restore.js';

/** Concurrent writers of the burst. */
const WRITERS = 20;
/** Longest the burst may take to reach its acknowledged writes; the server is killed then anyway. */
const BURST_LIMIT_MS = 30_000;
/** A statement the burst writes: who wrote it, its number, and the run it belongs to. */
const STATEMENT = /^Kill -9 burst (\d+) writer (\d+) write (\d+)$/;

interface StoredOutcome {
  id: string;
  statement: string;
  status: string;
  createdAt: string;
  updatedAt: string;
}

/** What the writers saw: every acknowledged write, and every write that never got an answer. */
interface Burst {
  acknowledged: Map<string, string>;
  /** Statements of the writes sent before the kill and never answered. */
  unanswered: Set<string>;
  refused: number;
}

/**
 * Writes outcomes from `WRITERS` loops until `enough` are acknowledged (a 2xx answer with the
 * stored record), or `BURST_LIMIT_MS` passed, then SIGKILLs the server with requests still in flight.
 */
async function burstUntilKilled(server: ServerProcess, run: number, enough: number): Promise<Burst> {
  const acknowledged = new Map<string, string>();
  const inFlight = new Set<string>();
  let inFlightAtKill = new Set<string>();
  let refused = 0;
  let killed: Promise<void> | null = null;
  const deadline = performance.now() + BURST_LIMIT_MS;
  const writers = Array.from({ length: WRITERS }, async (_, writer) => {
    for (let n = 1; killed === null; n += 1) {
      const statement = `Kill -9 burst ${run} writer ${writer} write ${n}`;
      inFlight.add(statement);
      let response: Response;
      let body: { id?: string; statement?: string };
      try {
        response = await fetch(`${server.url}/api/outcomes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ statement }),
        });
        body = (await response.json()) as { id?: string; statement?: string };
      } catch {
        return; // The server is gone: this write stays in flight.
      }
      inFlight.delete(statement);
      if (response.status >= 200 && response.status < 300) {
        proofAssert(
          body.id && body.statement === statement,
          `a 2xx answer without the stored outcome: ${JSON.stringify(body).slice(0, 200)}`,
        );
        acknowledged.set(body.id, statement);
      } else refused += 1;
      if ((acknowledged.size >= enough || performance.now() > deadline) && killed === null) {
        inFlightAtKill = new Set(inFlight);
        killed = server.kill9();
      }
    }
  });
  await Promise.all(writers);
  await killed;
  // An answer already on its way when the kill was sent may still have arrived.
  const answered = new Set(acknowledged.values());
  return { acknowledged, unanswered: new Set([...inFlightAtKill].filter((s) => !answered.has(s))), refused };
}

/** Fails unless SQLite's own check finds the file sound. */
function sqliteIntegrity(path: string): void {
  const raw = new Database(path, { fileMustExist: true });
  try {
    const result = raw.pragma('integrity_check') as Array<{ integrity_check: string }>;
    proofAssert(result.length === 1 && result[0]?.integrity_check === 'ok', `integrity_check after the kill: ${JSON.stringify(result)}`);
  } finally {
    raw.close();
  }
}

/**
 * Claim 1: the server SIGKILLed during a burst of concurrent writes loses no acknowledged write,
 * reopens the database, and shows only complete rows; writes in flight are either there whole
 * or not at all.
 */
async function killDuringBurst(ctx: ProofContext, kind: ProofDatabase): Promise<string> {
  const db = await freshDatabase(ctx, kind);
  const servers: ServerProcess[] = [];
  try {
    const first = await startServer(ctx, db.url);
    servers.push(first);
    const run = Date.now();
    const enough = ctx.short ? 300 : 2_000;
    const burst = await burstUntilKilled(first, run, enough);
    proofAssert(burst.acknowledged.size >= enough, `only ${burst.acknowledged.size} writes acknowledged in ${BURST_LIMIT_MS / 1_000} s`);
    proofAssert(burst.refused === 0, `${burst.refused} writes were refused before the kill`);
    proofAssert(burst.unanswered.size > 0, 'no request was left unanswered by the kill');
    if (kind === 'SQLite') sqliteIntegrity(db.url);

    const second = await startServer(ctx, db.url);
    servers.push(second);
    const stored = await listAll<StoredOutcome>(second.url, 'outcomes');
    const byId = new Map(stored.map((o) => [o.id, o]));
    const missing = [...burst.acknowledged].filter(([id, statement]) => byId.get(id)?.statement !== statement);
    proofAssert(
      missing.length === 0,
      `${missing.length} of ${burst.acknowledged.size} acknowledged writes are missing or changed after the restart`,
    );
    for (const row of stored) {
      const match = STATEMENT.exec(row.statement);
      proofAssert(match && Number(match[1]) === run, `a stored outcome nobody wrote: ${JSON.stringify(row).slice(0, 200)}`);
      const complete = row.status === 'active' && !Number.isNaN(Date.parse(row.createdAt)) && row.updatedAt === row.createdAt;
      proofAssert(complete, `an incomplete outcome after the restart: ${JSON.stringify(row).slice(0, 200)}`);
    }
    const statements = new Set(stored.map((o) => o.statement));
    proofAssert(statements.size === stored.length, 'a write is stored twice');
    const extra = stored.filter((o) => !burst.acknowledged.has(o.id));
    const strays = extra.filter((o) => !burst.unanswered.has(o.statement));
    proofAssert(strays.length === 0, `${strays.length} stored outcomes were neither acknowledged nor in flight at the kill`);

    const after = await fetch(`${second.url}/api/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ statement: 'Written after the kill' }),
    });
    proofAssert(after.status === 201, `a write after the restart answered ${after.status}`);
    const lost = burst.unanswered.size - extra.length;
    return (
      `${burst.acknowledged.size} acknowledged by ${WRITERS} writers, ${burst.acknowledged.size} found after restart with their content; ` +
      `${burst.unanswered.size} in flight at the kill and never answered: ${extra.length} committed whole, ${lost} lost cleanly; ` +
      `${kind === 'SQLite' ? 'integrity_check ok; ' : ''}writes again after the restart`
    );
  } finally {
    for (const server of servers) await server.stop();
    await db.drop().catch(() => {});
  }
}

/**
 * The kill -9 faults: the server killed during a burst of writes, during a contact import and
 * during a restore, on each database; every row says what survived and how the kills landed.
 */
export async function proveKills(ctx: ProofContext): Promise<ProofRow[]> {
  const rows: ProofRow[] = [];
  for (const database of proofDatabases(ctx)) {
    ctx.say(`kill -9 faults on ${database}…`);
    rows.push(
      await prove({ area: 'faults', claim: 'kill -9 during a burst of writes: no acknowledged write lost', database }, () =>
        killDuringBurst(ctx, database),
      ),
      await prove({ area: 'faults', claim: 'kill -9 during an import: all of it or none', database }, () =>
        killDuringImport(ctx, database),
      ),
      await prove({ area: 'faults', claim: 'kill -9 during a restore: all of it or none', database }, () =>
        killDuringRestore(ctx, database),
      ),
    );
  }
  return rows;
}
