import { coreCount } from '../../test/load/cpu-usage.js';
import { CORES_FOR_BARS, runTeamLoad, TEAM_BARS, teamPlan } from '../../test/load/team-load.js';
import type { PhaseFigures, WindowFigures } from '../../test/load/team-mix.js';
import { ms, type SectionOptions, type Table, times } from '../report.js';

/**
 * The team proof's figures in the bench: the same mixed load of 200 members against one
 * `serve --team` process, then against two (one killed and restarted halfway), on one
 * PostgreSQL database, side by side, with the issue's bars.
 */
export async function runTeamSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const ctx = {
    repoRoot: options.repoRoot,
    workDir: options.workDir,
    postgresAdminUrl: options.postgresAdminUrl,
    short: true,
    say: options.say,
  };
  const plan = teamPlan(true);
  const f = await runTeamLoad(ctx);
  const speedup = f.two.requestsPerSec / f.one.requestsPerSec;
  const row = (label: string, p: WindowFigures, extra: { lost: string; speedup: string; cpu: string }): string[] => [
    label,
    String(Math.round(p.requestsPerSec)),
    extra.speedup,
    ms(p.p50),
    ms(p.p99),
    ms(p.nextActionsP50),
    String(p.errors.length),
    extra.lost,
    String(p.retried),
    extra.cpu,
  ];
  const cpu = (p: PhaseFigures) => `${p.cpu.servers.map((c) => c.toFixed(2)).join(' + ')} / ${p.cpu.machine.toFixed(2)}`;
  const kill = f.two.kill;
  const misses = [
    ...(speedup >= TEAM_BARS.minSpeedup ? [] : [`${times(speedup)} < ${TEAM_BARS.minSpeedup}×`]),
    ...(f.two.p99 < TEAM_BARS.maxP99Ms ? [] : [`p99 ${ms(f.two.p99)} ≥ ${TEAM_BARS.maxP99Ms} ms`]),
    ...(f.one.errors.length + f.two.errors.length + (kill?.errors.length ?? 0) === 0 ? [] : ['errors']),
    ...(f.lost === 0 && f.foreign === 0 ? [] : ['lost or foreign rows']),
  ];
  const table: Table = {
    title: `9. Team: ${plan.users} members, ${plan.connections} connections of mixed reads and writes against serve --team on PostgreSQL (${plan.warmupSeconds} s warm-up, ${plan.seconds} s measured each, then one process killed with the load going on)`,
    headers: ['processes', 'req/s', 'vs one', 'p50', 'p99', 'next actions p50', 'errors', 'lost', 'retried', 'CPU: servers / machine'],
    rows: [
      row('one', f.one, { lost: '—', speedup: '1.00×', cpu: cpu(f.one) }),
      row('two', f.two, { lost: '—', speedup: times(speedup), cpu: cpu(f.two) }),
      ...(kill
        ? [
            row(`two, one killed (back in ${(kill.restartMs / 1_000).toFixed(1)} s)`, kill, {
              lost: String(f.lost),
              speedup: '—',
              cpu: '—',
            }),
          ]
        : []),
    ],
    notes: [
      `bars: two processes ≥ ${TEAM_BARS.minSpeedup}× one, p99 < ${TEAM_BARS.maxP99Ms} ms, 0 errors, 0 lost: ${misses.length === 0 ? 'PASS' : `MISS (${misses.join(', ')})`}`,
      `${coreCount} CPUs: the servers, PostgreSQL and the load generator (${f.two.cpu.load.toFixed(2)} cores) share them; the proof judges the throughput bar from ${CORES_FOR_BARS}`,
      '“lost” counts every acknowledged write of the whole run that its owner could not read back afterwards',
      `${f.foreign} rows of another member in anyone's lists; ${f.unacknowledged} write${f.unacknowledged === 1 ? '' : 's'} stored but unacknowledged (their process was killed before it answered)`,
      'the same run as `npm run proof -- --short --only team`',
    ],
  };
  return { tables: [table], results: { plan, figures: f, speedup } };
}
