import { join } from 'node:path';
import { nextActions } from '../../src/core/actions/next-actions.js';
import { createClock } from '../../src/core/clock.js';
import { runDoctor } from '../../src/core/doctor/run-doctor.js';
import { newId } from '../../src/core/ids.js';
import type { Context, Store } from '../../src/core/ports.js';
import { openStore } from '../../src/store/open-store.js';
import { createBenchDatabase } from '../postgres.js';
import type { SectionOptions, Table } from '../report.js';
import { fillLoopWorkspace, loopBench } from './loop-workspace.js';

/** Targets of the loop benchmark (the "loop" issue): p99 of 20 warm runs. */
export const loopTargets = { sqliteP99Ms: 50, postgresP99Ms: 100 };

const RUNS = 20;
const WARMUPS = 3;
const { today: TODAY, mentors: MENTORS, messages: MESSAGES, advice: ADVICE, meetings: MEETINGS } = loopBench;

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
};

async function timings(
  work: () => Promise<unknown>,
  before: (run: number) => Promise<unknown> = async () => {},
): Promise<{ p50: number; p99: number; times: number[] }> {
  for (let i = 0; i < WARMUPS; i += 1) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await before(i);
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), times };
}

interface Row {
  work: string;
  database: 'SQLite' | 'PostgreSQL';
  p50: number;
  p99: number;
  size: number;
  targetMs: number | null;
  skip?: string;
}

async function measure(store: Store, database: Row['database'], targetMs: number, say: (line: string) => void): Promise<Row[]> {
  const started = performance.now();
  const { ws, rows } = await fillLoopWorkspace(store);
  say(`  ${database}: wrote ${rows.toLocaleString('en-US')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const ctx: Context = { ws, clock: createClock(TODAY), newId };
  let actions = 0;
  let findings = 0;
  // The first call makes every mentor's plan (as after an import or an upgrade of the rules).
  const firstStart = performance.now();
  const first = (await nextActions(ctx)).actions.length;
  const firstMs = performance.now() - firstStart;
  const next = await timings(async () => {
    actions = (await nextActions(ctx)).actions.length;
  });
  const doctor = await timings(async () => {
    findings = (await runDoctor(ctx)).findings.length;
  });
  // A write between calls, as in daily use: the next call makes that mentor's plan again.
  const mentors = await ws.table('mentors').list(undefined, { limit: RUNS + WARMUPS, offset: 0 });
  const afterWrite = await timings(
    async () => {
      actions = (await nextActions(ctx)).actions.length;
    },
    async (run) => {
      const mentor = mentors[run % mentors.length];
      if (mentor) await ws.table('mentors').update(mentor.id, { notes: `Checked in, run ${run}`, updatedAt: ctx.clock.now() });
    },
  );
  return [
    { work: 'nextActions (7 days)', database, ...next, size: actions, targetMs },
    { work: 'runDoctor (8 pitfalls)', database, ...doctor, size: findings, targetMs },
    { work: 'nextActions after editing a mentor', database, ...afterWrite, size: actions, targetMs },
    { work: 'first call: every mentor planned', database, p50: firstMs, p99: firstMs, size: first, targetMs: null },
  ];
}

/**
 * The loop section: `nextActions` and `runDoctor` over a workspace of 10,000 mentors and
 * 100,000 interactions, 20 warm runs each, on SQLite and on a fresh PostgreSQL database.
 */
export async function runLoopSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const { say } = options;
  say(
    `  generating ${MENTORS.toLocaleString('en-US')} mentors and ${(MESSAGES + ADVICE + MEETINGS).toLocaleString('en-US')} interactions…`,
  );
  const rows: Row[] = [];
  const sqlite = await openStore({ url: join(options.workDir, 'loop.db') });
  try {
    rows.push(...(await measure(sqlite, 'SQLite', loopTargets.sqliteP99Ms, say)));
  } finally {
    await sqlite.close();
  }
  const setup = await createBenchDatabase(options.postgresAdminUrl);
  if (setup.database) {
    try {
      const pg = await openStore({ url: setup.database.url });
      try {
        rows.push(...(await measure(pg, 'PostgreSQL', loopTargets.postgresP99Ms, say)));
      } finally {
        await pg.close();
      }
    } finally {
      await setup.database.drop().catch(() => {});
    }
  } else {
    for (const work of ['nextActions (7 days)', 'runDoctor (8 pitfalls)', 'nextActions after editing a mentor']) {
      rows.push({ work, database: 'PostgreSQL', p50: 0, p99: 0, size: 0, targetMs: loopTargets.postgresP99Ms, skip: setup.skipReason });
    }
  }
  const table: Table = {
    title: `5. Loop: next actions and the doctor over ${MENTORS.toLocaleString('en-US')} mentors and ${(MESSAGES + ADVICE + MEETINGS).toLocaleString('en-US')} interactions, ${RUNS} warm runs`,
    headers: ['work', 'database', 'p50', 'p99', 'found', 'target', 'result'],
    rows: rows.map((r) => [
      r.work,
      r.database,
      r.skip ? '—' : `${r.p50.toFixed(1)} ms`,
      r.skip ? '—' : `${r.p99.toFixed(1)} ms`,
      r.skip ? '—' : r.size.toLocaleString('en-US'),
      r.targetMs === null ? 'once' : `p99 < ${r.targetMs} ms`,
      r.skip ? 'skipped' : r.targetMs === null ? 'reported' : r.p99 < r.targetMs ? 'PASS' : 'MISS',
    ]),
    notes: [
      'found = actions due within 7 days, or doctor findings',
      'each timed call after "editing a mentor" follows one write to a different mentor, so it makes that plan again',
      'the first call makes every plan from scratch; later calls make again only the plans of mentors whose records changed',
      ...rows.filter((r) => r.skip).map((r) => `${r.database}: ${r.skip}`),
    ],
  };
  return {
    tables: [table],
    results: { targets: loopTargets, mentors: MENTORS, messages: MESSAGES, advice: ADVICE, meetings: MEETINGS, rows },
  };
}
