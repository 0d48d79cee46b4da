/*
 * The hostile-files proofs of `npm run proof` (issue 18): a real `understudy serve` on each
 * database, sent generated document bombs, a 10 KB single-token message, a client that never
 * finishes its header, a backup with a date that is not one and two restores at once. Every
 * row shows the time and the server's peak resident memory against its idle level.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabase, type ProofDb, proofDatabases } from '../proof/databases.js';
import { type ProofContext, type ProofDatabase, type ProofRow, prove } from '../proof/proof.js';
import { type ServerProcess, startServer } from '../proof/server-process.js';
import { type DemoBackups, demoBackups, proveBadRestoreRefused, proveConcurrentRestores } from './files/hostile-restores.js';
import { proofDocuments, proveUploadRefused, warmUpUploads } from './files/hostile-uploads.js';
import { proveLongTokenCheck, proveLongTokenLogging } from './files/long-tokens.js';
import { proveSlowClientClosed } from './files/slow-client.js';

const area = 'hostile files';

/** A claim and the work that checks it on a running server. */
type Claim = [string, (server: ServerProcess) => Promise<string>];

/**
 * Serves a fresh database of `database` and checks `claims` on it in order, one row each; when
 * the server cannot start (or `prepare` fails) every claim's row fails with that reason.
 */
async function onServer(
  ctx: ProofContext,
  database: ProofDatabase,
  claims: Claim[],
  prepare?: (server: ServerProcess) => Promise<void>,
): Promise<ProofRow[]> {
  let db: ProofDb | undefined;
  let server: ServerProcess | undefined;
  let failure: unknown = null;
  try {
    db = await freshDatabase(ctx, database);
    server = await startServer(ctx, db.url);
    await prepare?.(server);
  } catch (error) {
    failure = error;
  }
  try {
    const rows: ProofRow[] = [];
    for (const [claim, work] of claims) {
      const row = await prove({ area, claim, database }, () => (server && !failure ? work(server) : Promise.reject(failure)));
      ctx.say(`  hostile files: ${claim} [${database}] ${row.ok ? 'holds' : 'FAILS'}`);
      rows.push(row);
    }
    return rows;
  } finally {
    await server?.stop();
    await db?.drop();
  }
}

/**
 * Hostile files, one row per claim and database: each generated bomb uploaded (refused in
 * < 2 s under 256 MB, health answering), the 10 KB token checked and logged (< 100 ms, health
 * never waiting 100 ms), a restore with an invalid date and two restores at once, each on an
 * empty workspace, and a half-sent header closed at the real 20 s header timeout (on every
 * database at once, so the wait is paid once).
 */
export async function proveHostileFiles(ctx: ProofContext): Promise<ProofRow[]> {
  const databases = proofDatabases(ctx);
  const rows: ProofRow[] = [];
  let backups: DemoBackups | undefined;
  const withBackups = (work: (server: ServerProcess, backups: DemoBackups) => Promise<string>) => (server: ServerProcess) => {
    backups ??= demoBackups(ctx);
    return work(server, backups);
  };
  const folder = join(ctx.workDir, 'hostile-files');
  mkdirSync(folder, { recursive: true });
  for (const database of databases) {
    const uploads: Claim[] = proofDocuments().map((doc) => [
      `${doc.label}: refused < 2 s, < 256 MB`,
      (server) => proveUploadRefused(server, doc, folder),
    ]);
    const tokens: Claim[] = [
      ['check ask of a 10 KB single token: median < 100 ms', proveLongTokenCheck],
      ['logging a 10 KB token: health < 100 ms meanwhile', proveLongTokenLogging],
    ];
    rows.push(...(await onServer(ctx, database, [...uploads, ...tokens], (server) => warmUpUploads(server, folder))));
    rows.push(
      ...(await onServer(ctx, database, [['restore with createdAt "not a date" refused', withBackups(proveBadRestoreRefused)]])),
      ...(await onServer(ctx, database, [['two restores at once: one 200, one 409', withBackups(proveConcurrentRestores)]])),
    );
  }
  ctx.say(`  hostile files: a half-sent header on ${databases.join(' and ')} at once (about 20 s)…`);
  const slow = await Promise.all(
    databases.map((database) => onServer(ctx, database, [['half-sent header closed at the timeout', proveSlowClientClosed]])),
  );
  rows.push(...slow.flat());
  return databases.flatMap((database) => rows.filter((row) => row.database === database));
}
