import autocannon, { type RawResult } from 'autocannon';
import { ms, type Table, verdict } from './report.js';

/** How hard and how long each server is loaded. */
export interface LoadPlan {
  connections: number;
  warmupSeconds: number;
  /** Measured time per server, split into `rounds` equal parts. */
  durationSeconds: number;
  /** Servers compared with each other take turns, one part each, `rounds` times. */
  rounds: number;
}

/** What the measured runs against one server added up to. */
export interface LoadFigures {
  /** Completed requests over the measured seconds. */
  requestsPerSec: number;
  totalRequests: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Socket errors and timeouts together (autocannon counts a timeout as an error too). */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** One row of the API section: a measured server, or why it was skipped. */
export interface ApiRow {
  key: 'sqlite' | 'plain' | 'postgres';
  label: string;
  figures: LoadFigures | null;
  /** Why there are no figures: a skip (PostgreSQL unreachable) or `failed: …`. */
  skipReason: string | null;
}

/** The targets of our server on SQLite, held against the plain handler. */
export interface ApiTargets {
  minShareOfPlain: number;
  maxP99Ms: number;
}

/** The verdict on our server on SQLite. */
export interface ApiJudgement {
  shareOfPlain: number | null;
  pass: boolean | null;
  misses: string[];
}

/** Loads `url` for the plan's warm-up time and throws the figures away. */
export async function warmUp(url: string, plan: LoadPlan): Promise<void> {
  await autocannon({ url, connections: plan.connections, duration: plan.warmupSeconds });
}

/**
 * Loads each URL in turn for one part of the measured time, `rounds` times over, so a slow
 * patch of a shared machine weighs on every server alike. The load generator runs in this
 * process; the servers must run in others. Returns the figures in the order of `urls`.
 */
export async function loadInTurns(urls: string[], plan: LoadPlan): Promise<LoadFigures[]> {
  const raws = urls.map(() => [] as RawResult[]);
  const part = Math.max(1, Math.round(plan.durationSeconds / plan.rounds));
  for (let round = 0; round < plan.rounds; round++) {
    for (const [k, url] of urls.entries()) {
      raws[k]?.push(await autocannon({ url, connections: plan.connections, duration: part, skipAggregateResult: true }));
    }
  }
  return urls.map((url, k) => summarize(url, raws[k] ?? [], plan));
}

function summarize(url: string, raws: RawResult[], plan: LoadPlan): LoadFigures {
  const r = autocannon.aggregateResult(raws, { url, connections: plan.connections });
  const seconds = raws.reduce((sum, raw) => sum + raw.duration, 0);
  const total = raws.reduce((sum, raw) => sum + raw.totalCompletedRequests, 0);
  return {
    requestsPerSec: total / seconds,
    totalRequests: total,
    seconds,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

/** Holds our server on SQLite to the targets; no verdict when either row is missing. */
export function judgeApi(rows: ApiRow[], targets: ApiTargets): ApiJudgement {
  const ours = rows.find((r) => r.key === 'sqlite')?.figures;
  const plain = rows.find((r) => r.key === 'plain')?.figures;
  if (!ours || !plain) return { shareOfPlain: null, pass: null, misses: [] };
  const share = ours.requestsPerSec / plain.requestsPerSec;
  const misses: string[] = [];
  if (share < targets.minShareOfPlain) misses.push(`${pct(share)} of plain`);
  if (ours.p99Ms >= targets.maxP99Ms) misses.push(`p99 ${ms(ours.p99Ms)}`);
  if (ours.errors + ours.non2xx > 0) misses.push('failed requests');
  return { shareOfPlain: share, pass: misses.length === 0, misses };
}

/**
 * Explains a p99 target the baseline itself misses: with every connection busy, mean latency
 * is connections ÷ throughput (Little's law), so the target needs a throughput this machine
 * does not reach even without a framework.
 */
function latencyNote(rows: ApiRow[], targets: ApiTargets, plan: LoadPlan): string[] {
  const plain = rows.find((r) => r.key === 'plain')?.figures;
  if (!plain || plain.p99Ms < targets.maxP99Ms) return [];
  const needed = (plan.connections * 1000) / targets.maxP99Ms;
  return [
    `(b) misses p99 < ${targets.maxP99Ms} ms too (${ms(plain.p99Ms)}): at ${plan.connections} connections mean latency is ` +
      `${plan.connections} ÷ req/s, so even the mean stays under ${targets.maxP99Ms} ms only above ${count(needed)} req/s.`,
  ];
}

function failed(row: ApiRow): boolean {
  return row.skipReason?.startsWith('failed') ?? false;
}

/** A share as a percentage, rounded down so a near miss never prints as the target itself. */
function pct(share: number, decimals = 1): string {
  const scale = 10 ** decimals;
  return `${(Math.floor(share * 100 * scale) / scale).toFixed(decimals)}%`;
}

function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** The API section as a table: throughput, latency, failures, share of plain, target, verdict. */
export function apiTable(rows: ApiRow[], judgement: ApiJudgement, targets: ApiTargets, plan: LoadPlan, path: string): Table {
  const target = `≥ ${pct(targets.minShareOfPlain, 0)} of (b), p99 < ${targets.maxP99Ms} ms`;
  return {
    title: `2. API throughput: GET ${path}, ${plan.connections} connections, ${plan.durationSeconds} s per server after a ${plan.warmupSeconds} s warm-up (${plan.rounds} turns), loopback`,
    headers: ['server', 'req/s', 'p50', 'p99', 'max', 'errors', 'non-2xx', 'vs (b)', 'target', 'result'],
    rows: rows.map((row) => {
      const f = row.figures;
      const isOurs = row.key === 'sqlite';
      const rowTarget = isOurs ? target : row.key === 'plain' ? 'baseline' : '—';
      if (!f) return [row.label, '—', '—', '—', '—', '—', '—', '—', rowTarget, failed(row) ? 'FAILED' : 'skipped'];
      const vsPlain = isOurs && judgement.shareOfPlain !== null ? pct(judgement.shareOfPlain) : '—';
      const result = isOurs && judgement.pass !== null ? verdict(judgement.misses) : '—';
      return [
        row.label,
        count(f.requestsPerSec),
        ms(f.p50Ms),
        ms(f.p99Ms),
        ms(f.maxMs),
        String(f.errors),
        String(f.non2xx),
        vsPlain,
        rowTarget,
        result,
      ];
    }),
    notes: [
      ...rows.filter((r) => r.skipReason).map((r) => `${r.label} ${failed(r) ? '' : 'skipped: '}${r.skipReason}`),
      ...latencyNote(rows, targets, plan),
    ],
  };
}
