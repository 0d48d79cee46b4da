/*
 * `npm run proof`: Understudy under load, faults, hostile input and hostile files, on SQLite
 * and PostgreSQL, with one summary table at the end. `--short` is the version CI runs on every
 * submission (about five minutes); without it the load lasts 60 s per database and the fuzzing
 * goes further. `--only load,team,faults,hostile` runs some areas (or parts of one: kills,
 * full-disk, postgres-restart, hostile-input, hostile-files); `--seconds=600` sets how long the
 * load is measured on each database and in each phase of the team run. Exit code 1 when any
 * row fails.
 * Needs a built `dist/` (the npm script builds it), root for the small file system of the
 * full-disk proof, and PostgreSQL (`UNDERSTUDY_TEST_POSTGRES_URL`, or the local server);
 * `--sqlite` leaves PostgreSQL out and says so.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { proveFullDisk } from '../faults/full-disk.js';
import { proveKills } from '../faults/kill-server.js';
import { provePostgresRestart } from '../faults/postgres-restart.js';
import { proveHostileFiles } from '../hostile/hostile-files.js';
import { proveHostileInput } from '../hostile/hostile-input.js';
import { proveLoad } from '../load/load.js';
import { proveTeam } from '../load/team-load.js';
import { type ProofContext, type ProofRow, resultOf } from './proof.js';
import { killAllServers } from './server-process.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const short = args.includes('--short');
const sqliteOnly = args.includes('--sqlite');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = new Set((onlyArg?.split('=')[1] ?? (onlyArg ? args[args.indexOf(onlyArg) + 1] : '') ?? '').split(',').filter(Boolean));
const secondsArg = args.find((a) => a.startsWith('--seconds='))?.split('=')[1];
const loadSeconds = secondsArg === undefined ? undefined : Number(secondsArg);
const adminUrl = process.env.UNDERSTUDY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const say = (line: string) => process.stderr.write(`${line}\n`);

/** Whether PostgreSQL answers at `url`, and why not. */
async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}

const areas: Array<{ name: string; part: string; run: (ctx: ProofContext) => Promise<ProofRow[]> }> = [
  { name: 'load', part: 'load', run: proveLoad },
  { name: 'team', part: 'team', run: proveTeam },
  { name: 'faults', part: 'kills', run: proveKills },
  { name: 'faults', part: 'full-disk', run: proveFullDisk },
  { name: 'faults', part: 'postgres-restart', run: provePostgresRestart },
  { name: 'hostile', part: 'hostile-input', run: proveHostileInput },
  { name: 'hostile', part: 'hostile-files', run: proveHostileFiles },
];

/** The summary table, one row a claim and database, figures last. */
function table(rows: ProofRow[]): string {
  const cells = rows.map((r) => [r.area, r.claim, r.database, resultOf(r), r.figures]);
  const headers = ['area', 'claim', 'database', 'result', 'figures'];
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (i === 4 ? 0 : (c[i] ?? '').length))));
  const line = (c: string[]) =>
    c
      .map((cell, i) => (i === 4 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w, i) => '─'.repeat(i === 4 ? 7 : w))), ...cells.map(line)].join('\n');
}

async function main(): Promise<number> {
  if (loadSeconds !== undefined && !(Number.isInteger(loadSeconds) && loadSeconds > 0)) {
    say(`--seconds takes a whole number of seconds above 0, not "${secondsArg}"`);
    return 2;
  }
  if (!existsSync(join(repoRoot, 'dist', 'main.js'))) {
    say('dist/main.js is missing: run `npm run build` first (`npm run proof` builds before it runs).');
    return 1;
  }
  const workDir = mkdtempSync(join(tmpdir(), 'understudy-proof-'));
  const rows: ProofRow[] = [];
  try {
    const why = sqliteOnly ? 'left out with --sqlite' : await reachable(adminUrl);
    if (why) {
      rows.push({ area: 'load', claim: 'PostgreSQL available for the proofs', database: 'PostgreSQL', ok: sqliteOnly, figures: why });
    }
    const ctx: ProofContext = { repoRoot, workDir, postgresAdminUrl: why ? null : adminUrl, short, loadSeconds, say };
    say(`understudy proof${short ? ' (short)' : ''}: ${why ? 'SQLite only' : 'SQLite and PostgreSQL'}`);
    for (const area of areas) {
      if (only.size > 0 && !only.has(area.name) && !only.has(area.part)) continue;
      const started = performance.now();
      const found = await area.run(ctx);
      for (const row of found) say(`  ${resultOf(row)} ${row.claim} [${row.database}]: ${row.figures}`);
      say(`  (${((performance.now() - started) / 1_000).toFixed(0)} s)`);
      rows.push(...found);
    }
  } finally {
    killAllServers();
    rmSync(workDir, { recursive: true, force: true });
  }
  process.stdout.write(`\nProof${short ? ' (short)' : ''}: load, team, faults, hostile input and files\n${table(rows)}\n`);
  const failed = rows.filter((r) => !r.ok && !r.notJudged).length;
  const unjudged = rows.filter((r) => r.notJudged).length;
  const judged = rows.length - unjudged;
  const aside = unjudged > 0 ? ` (${unjudged} not judged on this machine)` : '';
  process.stdout.write(
    failed === 0 ? `\nAll ${judged} judged rows pass${aside}.\n` : `\n${failed} of ${judged} judged rows FAIL${aside}.\n`,
  );
  return failed === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAllServers();
    process.exit(130);
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: Error) => {
    killAllServers();
    say(`proof failed: ${error.stack ?? error.message}`);
    process.exitCode = 1;
  },
);
