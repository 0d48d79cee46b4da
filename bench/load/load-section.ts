import { loadPlan, proveLoad } from '../../test/load/load.js';
import type { SectionOptions, Table } from '../report.js';

/**
 * The load proof's figures in the bench: 50 connections of mixed reads and writes against
 * `understudy serve` on SQLite and PostgreSQL (the short plan of `loadPlan`),
 * with throughput, p50/p99, errors, lost writes and resident memory.
 */
export async function runLoadSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const rows = await proveLoad({
    repoRoot: options.repoRoot,
    workDir: options.workDir,
    postgresAdminUrl: options.postgresAdminUrl,
    short: true,
    say: options.say,
  });
  const plan = loadPlan(true);
  const table: Table = {
    title: `8. Load: ${plan.connections} connections of mixed reads and writes against understudy serve (${plan.warmupSeconds} s warm-up, ${plan.seconds} s measured)`,
    headers: ['database', 'result', 'figures'],
    rows: rows.map((r) => [r.database, r.ok ? 'PASS' : 'FAIL', r.figures]),
    notes: ['the same run as `npm run proof -- --short --only load`; `npm run proof` measures 60 s'],
  };
  return { tables: [table], results: { rows } };
}
