import { spawnSync } from 'node:child_process';
import { ms, type Table, times, verdict } from './report.js';

/** A command timed from spawn to exit, and the target its start time is held to. */
export interface ColdCommand {
  label: string;
  args: string[];
  /** Largest allowed ratio of its median to the baseline's median; absent for the baseline. */
  maxRatio?: number;
}

/** The timings of one command, in milliseconds. */
export interface ColdResult {
  label: string;
  runs: number;
  meanMs: number;
  p50Ms: number;
  minMs: number;
  maxMs: number;
  /** Median over the baseline's median. */
  ratio: number;
  maxRatio: number | null;
  pass: boolean | null;
}

/** The value below which `p` percent of the sorted `values` fall (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

function timeOnce(args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.signal ?? result.status}:\n${String(result.stderr).trim()}`);
  }
  return elapsed;
}

/**
 * Times each command `runs` times after `warmups` untimed runs. The commands take turns within
 * each round, so a slow patch of the machine weighs on all of them alike. The first command is
 * the baseline the others are compared with.
 */
export function measureColdStart(options: {
  commands: ColdCommand[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  runs: number;
  warmups: number;
}): ColdResult[] {
  const { commands, cwd, env } = options;
  for (let i = 0; i < options.warmups; i++) for (const c of commands) timeOnce(c.args, cwd, env);
  const samples = commands.map(() => [] as number[]);
  for (let i = 0; i < options.runs; i++) {
    for (const [k, c] of commands.entries()) samples[k]?.push(timeOnce(c.args, cwd, env));
  }
  const summaries = samples.map((values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
    return { mean, p50: percentile(sorted, 50), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
  });
  const base = summaries[0]?.p50 ?? Number.NaN;
  return commands.map((c, k) => {
    const s = summaries[k] ?? { mean: Number.NaN, p50: Number.NaN, min: Number.NaN, max: Number.NaN };
    const ratio = s.p50 / base;
    return {
      label: c.label,
      runs: options.runs,
      meanMs: s.mean,
      p50Ms: s.p50,
      minMs: s.min,
      maxMs: s.max,
      ratio,
      maxRatio: c.maxRatio ?? null,
      pass: c.maxRatio === undefined ? null : ratio <= c.maxRatio,
    };
  });
}

/** The cold-start section as a table: timings, ratio to the baseline, target and verdict. */
export function coldStartTable(results: ColdResult[], runs: number, warmups: number): Table {
  return {
    title: `1. CLI cold start (${runs} runs each after ${warmups} warm-ups, commands interleaved; ratio of medians)`,
    headers: ['command', 'mean', 'p50', 'min', '× node -e 0', 'target', 'result'],
    rows: results.map((r) => [
      r.label,
      ms(r.meanMs),
      ms(r.p50Ms),
      ms(r.minMs),
      times(r.ratio),
      r.maxRatio === null ? 'baseline' : `≤ ${times(r.maxRatio)}`,
      r.pass === null ? '—' : verdict(r.pass ? [] : [`${times(r.ratio)} > ${times(r.maxRatio ?? 0)}`]),
    ]),
  };
}
