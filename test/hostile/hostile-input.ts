/*
 * The hostile-input proofs of `npm run proof`: the app in-process over a fresh database of each
 * kind, fuzzed on every route and fed oversized bodies, path tricks, script payloads,
 * spreadsheet formulas and foreign hosts and origins.
 */
import { freshDatabase, proofDatabases } from '../proof/databases.js';
import { type ProofContext, type ProofDatabase, type ProofRow, prove } from '../proof/proof.js';
import { proveCsvFormulas } from './csv-formulas.js';
import { fuzzRoutes } from './fuzz-routes.js';
import { proveHostAndOrigin } from './host-origin.js';
import { type HostileApp, openHostileApp, webRootOf } from './hostile-app.js';
import { proveOversizedBodies } from './oversized-bodies.js';
import { proveImportFileNames, provePathTricks } from './path-tricks.js';
import { proveScriptPayloads } from './script-payloads.js';

/** Runs `work` on the app over a fresh database of `kind`, then closes the store and drops the database. */
async function withApp(ctx: ProofContext, kind: ProofDatabase, work: (app: HostileApp) => Promise<string>): Promise<string> {
  const db = await freshDatabase(ctx, kind);
  try {
    const app = await openHostileApp(db.url, webRootOf(ctx.repoRoot));
    try {
      return await work(app);
    } finally {
      await app.close();
    }
  } finally {
    await db.drop();
  }
}

/** The claims checked on each database, with the work that checks each. */
function claimsPerDatabase(ctx: ProofContext): Array<[string, (app: HostileApp) => Promise<string>]> {
  const secrets = [ctx.repoRoot.replace(/\/+$/, ''), ctx.workDir];
  return [
    ['every API route survives fuzzing', (app) => fuzzRoutes(app, { runs: ctx.short ? 1_500 : 20_000, secrets, say: ctx.say })],
    ['oversized bodies refused with 413, nothing stored', (app) => proveOversizedBodies(app, ctx.short)],
    ['contact files named with paths import by content only', (app) => proveImportFileNames(app, ctx.repoRoot, ctx.workDir)],
    ['script payloads stored and returned as data', proveScriptPayloads],
    ['spreadsheet formulas neutralised in CSV exports', proveCsvFormulas],
  ];
}

/**
 * Hostile input, one row per claim and database: fuzzing every route, oversized bodies, path
 * tricks, script payloads, spreadsheet formulas, and (once) foreign hosts and origins and the
 * static web server's traversal tricks.
 */
export async function proveHostileInput(ctx: ProofContext): Promise<ProofRow[]> {
  const rows: ProofRow[] = [];
  const area = 'hostile input';
  for (const database of proofDatabases(ctx)) {
    for (const [claim, work] of claimsPerDatabase(ctx)) {
      const started = performance.now();
      const row = await prove({ area, claim, database }, () => withApp(ctx, database, work));
      ctx.say(
        `  hostile input: ${claim} [${database}] ${row.ok ? 'holds' : 'FAILS'} (${((performance.now() - started) / 1_000).toFixed(1)} s)`,
      );
      rows.push(row);
    }
  }
  rows.push(
    await prove({ area, claim: 'path tricks never leave the web root', database: '—' }, () => provePathTricks(ctx.repoRoot, ctx.workDir)),
  );
  rows.push(
    await prove({ area, claim: 'foreign Host and cross-origin writes refused', database: '—' }, () =>
      withApp(ctx, 'SQLite', proveHostAndOrigin),
    ),
  );
  return rows;
}
