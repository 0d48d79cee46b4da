/*
 * `npm run bench`: the foundation benchmarks. Builds nothing itself (the npm script builds
 * dist/ first), prints one table per section with targets and verdicts, and writes the same
 * figures to bench/results/foundation.json. Servers and CLI runs are child processes; they,
 * the temporary workspace and the PostgreSQL database are removed however the run ends.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { accuracyReport } from './accuracy/cross-evaluate.js';
import { type ApiTargets, apiTable, judgeApi, type LoadPlan } from './api.js';
import { runApiSection } from './api-section.js';
import { runChecksSection } from './checks/checks-section.js';
import { childEnv, killAllNow } from './children.js';
import { coldStartTable, measureColdStart } from './cold-start.js';
import { describeMachine } from './machine.js';
import { type BenchDatabase, defaultPostgresUrl } from './postgres.js';
import { renderTable, type Table, writeResults } from './report.js';
import { runCli } from './workspace.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const bin = join(repoRoot, 'bin', 'understudy.js');
const resultsFile = join(repoRoot, 'bench', 'results', 'foundation.json');
const coldRuns = 20;
const coldWarmups = 2;
const plan: LoadPlan = { connections: 50, warmupSeconds: 2, durationSeconds: 10, rounds: 5 };
const targets: ApiTargets = { minShareOfPlain: 0.8, maxP99Ms: 20 };
const pageSize = 20;
const path = `/api/mentors?limit=${pageSize}`;
const postgresAdminUrl = process.env.UNDERSTUDY_BENCH_POSTGRES_URL ?? process.env.UNDERSTUDY_TEST_POSTGRES_URL ?? defaultPostgresUrl;

// As the `understudy` process does (decision 0002); the peers timed in-process run under it too.
setFlagsFromString('--no-regexp-tier-up');

const say = (line: string) => process.stdout.write(`${line}\n`);
/** Sections to run: `npm run bench -- checks` runs one; no argument runs them all. */
const sections = new Set(
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['start', 'api', 'checks', 'accuracy', 'checks-http', 'library', 'documents', 'loop', 'web', 'mcp', 'load', 'team'],
);

if (!existsSync(join(repoRoot, 'dist', 'main.js'))) {
  process.stderr.write('dist/main.js is missing: run `npm run build` first (`npm run bench` builds before it measures).\n');
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'understudy-bench-'));
let database: BenchDatabase | null = null;
let cleaned = false;

async function cleanUp(): Promise<void> {
  if (cleaned) return;
  cleaned = true;
  killAllNow();
  if (database) {
    const name = database.name;
    await database.drop().catch((error: Error) => say(`Could not drop PostgreSQL database ${name}: ${error.message}`));
  }
  rmSync(workDir, { recursive: true, force: true });
}

process.on('exit', () => {
  killAllNow();
  rmSync(workDir, { recursive: true, force: true });
});
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    say(`\n${signal}: stopping servers and removing the bench's files…`);
    cleanUp().finally(() => process.exit(code));
  });
}

/** Runs a section in its own process (`bench/section-child.ts`); null when it failed. */
function runSectionChild(name: string): { tables: Table[]; results: unknown } | null {
  const child = spawnSync(
    process.execPath,
    ['--no-regexp-tier-up', '--import', 'tsx', join(repoRoot, 'bench', 'section-child.ts'), name, repoRoot, workDir, postgresAdminUrl],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) {
    say(`  the ${name} benchmark failed (exit ${child.status ?? child.signal})`);
    return null;
  }
  return JSON.parse(child.stdout.toString('utf8')) as { tables: Table[]; results: unknown };
}

async function main(): Promise<number> {
  const env = childEnv(workDir);
  const cwd = workDir;
  const sqliteFile = join(workDir, 'bench.db');
  const machine = await describeMachine(1_000);
  const busy = `${Math.round(machine.busyBeforeStart * 100)}%`;
  say(`understudy bench — node ${machine.node}, ${machine.platform} ${machine.release}, ${machine.cpus} × ${machine.cpuModel}`);
  say(`CPU busy with other work before the start: ${busy} of ${machine.cpus} cores over 1 s`);
  if (machine.busyBeforeStart > 0.15) say('Warning: other work is running; expect slower, noisier figures.');
  runCli({ bin, args: ['--db', sqliteFile, 'init', '--demo'], cwd, env });
  const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), machine };
  let failed = false;

  if (sections.has('start')) {
    const cold = measureColdStart({
      commands: [
        { label: 'node -e 0', args: ['-e', '0'] },
        { label: 'understudy --version', args: [bin, '--version'], maxRatio: 2 },
        { label: 'understudy outcome list (demo, SQLite)', args: [bin, '--db', sqliteFile, 'outcome', 'list'], maxRatio: 3 },
      ],
      cwd,
      env,
      runs: coldRuns,
      warmups: coldWarmups,
    });
    say(renderTable(coldStartTable(cold, coldRuns, coldWarmups)));
    results.coldStart = { runs: coldRuns, warmups: coldWarmups, baseline: 'node -e 0', results: cold };
  }

  if (sections.has('api')) {
    say(`\nAPI: measuring (a) and (b) in turns, then (c); about ${plan.warmupSeconds + plan.durationSeconds + 2} s per server…`);
    const api = await runApiSection({
      repoRoot,
      bin,
      cwd,
      env,
      sqliteFile,
      postgresAdminUrl,
      plan,
      path,
      extraMentors: 58,
      pageSize,
      onDatabase: (setup) => {
        database = setup.database;
        if (setup.skipReason) say(`  PostgreSQL rows skipped: ${setup.skipReason}`);
      },
      onRow: (row) => {
        const failure = row.skipReason?.startsWith('failed') ? row.skipReason : 'skipped';
        say(`  ${row.label}: ${row.figures ? `${Math.round(row.figures.requestsPerSec)} req/s` : failure}`);
      },
    });
    const judgement = judgeApi(api.rows, targets);
    const table = apiTable(api.rows, judgement, targets, plan, path);
    if (api.plainMatchesOurs === false)
      table.notes?.push('Warning: (b) did not answer byte for byte like (a); the comparison is not like for like.');
    say(renderTable(table));
    results.api = { path, plan, targets, rows: api.rows, judgement, plainMatchesOurs: api.plainMatchesOurs };
    failed ||= api.failed;
  }

  if (sections.has('checks')) {
    say('\nChecks: timing every check and the peer linters on the same corpus…');
    const checks = runChecksSection({ bin, workDir, env });
    for (const table of checks.tables) say(renderTable(table));
    results.checks = checks.results;
  }

  if (sections.has('accuracy')) {
    say("\nAccuracy: the ask check on each writer's labelled asks (decision 0007)…\n");
    say(accuracyReport());
  }

  for (const [name, title] of [
    ['checks-http', 'Checks over HTTP: a 150-word ask to POST /api/checks/ask of a running server'],
    ['library', 'Library: extraction, import and search'],
    ['documents', 'Hostile documents: bombs and page floods, read in a process and uploaded to a server'],
    ['loop', 'Loop: next actions and the doctor over 10,000 mentors'],
    ['web', 'Web app: size, dashboard render and typing, in headless Chromium'],
    ['mcp', 'MCP: checks and workspace calls through understudy mcp over stdio'],
    ['load', 'Load: 50 connections of mixed reads and writes, on SQLite and PostgreSQL'],
    ['team', 'Team: 200 members on one serve --team process, then two (one killed and restarted), on PostgreSQL'],
  ] as const) {
    if (!sections.has(name)) continue;
    say(`\n${title}…`);
    const figures = runSectionChild(name);
    if (figures) {
      for (const table of figures.tables) say(renderTable(table));
      results[name] = figures.results;
    } else failed = true;
  }

  writeResults(resultsFile, results);
  say(`\nResults written to ${resultsFile}`);
  return failed ? 1 : 0;
}

main()
  .catch((error: Error) => {
    process.stderr.write(`bench failed: ${error.stack ?? error.message}\n`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exitCode = code;
  });
