import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';
import { childEnv } from '../children.js';
import { percentile } from '../cold-start.js';
import { createBenchDatabase } from '../postgres.js';
import type { SectionOptions, Table } from '../report.js';
import { runCli } from '../workspace.js';

/** Target of the MCP issue: a 150-word ask checked through MCP, p99 once started. */
export const mcpTargets = { checkAskP99Ms: 20 };

const CALLS = 3_000;
const WARMUP_CALLS = 300;
const WORKSPACE_CALLS = 300;
const TODAY = '2026-11-28';

const names = ['Maya', 'Sam', 'Priya', 'Lena', 'Tomás', 'Aiko', 'Daniel', 'Ines', 'Kofi', 'Rosa'];
const works = ['post on annual-plan pricing', 'talk on activation loops', 'podcast episode on reverse trials', 'essay on churn cohorts'];

/**
 * Twenty asks of 150 words each, varied in name, reference and numbers so no answer repeats
 * byte for byte; long enough to draw the `too-long` error and several warnings.
 */
function asks(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const name = names[i % names.length];
    const work = works[i % works.length];
    const text = [
      `Hi ${name}, I read your ${work} twice this month and shared it with my whole team.`,
      `I moved from core product to the Growth team ${i + 2} months ago, and my manager asked me to own monetization for our freemium plan.`,
      `We are a B2B SaaS company with about ${40 + i},000 weekly active users, and our trial-to-paid conversion has been stuck near ${4 + (i % 3)}% for two quarters.`,
      'Last sprint we tested a shorter trial and a new paywall screen, with mixed results that I still find hard to read.',
      'Your point about anchoring the annual price against the monthly one stuck with me, because we show the monthly price first everywhere.',
      'When you first moved the annual plan to the left of the monthly one, which single metric did you watch in the first week, and how long did you wait before you trusted the result?',
      'Thank you so much for reading this far; I know your inbox is full.',
    ].join(' ');
    // Cut to 150 words as the check counts them.
    let words = text.split(/\s+/).slice(0, 160);
    while (words.length > 0 && checkAsk(words.join(' ')).stats.words > 150) words = words.slice(0, -1);
    out.push(`${words.join(' ').replace(/[,;.]$/, '')}.`);
  }
  return out;
}

interface Latency {
  p50: number;
  p99: number;
  max: number;
  calls: number;
}

const summarise = (times: number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN, calls: times.length };
};

async function connect(options: SectionOptions, db: string): Promise<{ client: Client; startMs: number }> {
  const started = performance.now();
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [join(options.repoRoot, 'bin', 'understudy.js'), '--db', db, '--today', TODAY, 'mcp'],
    env: childEnv(options.workDir) as Record<string, string>,
    cwd: options.workDir,
    stderr: 'inherit',
  });
  const client = new Client({ name: 'understudy-bench', version: '1.0.0' });
  await client.connect(transport);
  await client.listTools();
  return { client, startMs: performance.now() - started };
}

/** Times `calls` sequential calls after `warmups` untimed ones; a tool error stops the bench. */
async function time(calls: number, work: (i: number) => Promise<unknown>, warmups = 20): Promise<Latency> {
  const times: number[] = [];
  for (let i = -warmups; i < calls; i += 1) {
    const start = performance.now();
    const result = (await work(Math.abs(i))) as { isError?: boolean; content?: Array<{ text?: string }> };
    if (i >= 0) times.push(performance.now() - start);
    if (result?.isError) throw new Error(`a benchmarked call failed: ${result.content?.[0]?.text ?? ''}`);
  }
  return summarise(times);
}

interface Row {
  work: string;
  database: string;
  latency: Latency | null;
  targetMs: number | null;
  skip?: string;
}

/** Reads and a write through MCP on one database: what an assistant does between checks. */
async function workspaceRows(client: Client, database: string): Promise<Row[]> {
  const { outcomes } = JSON.parse(
    ((await client.callTool({ name: 'list_outcomes', arguments: {} })).content as Array<{ text: string }>)[0]?.text ?? '{}',
  ) as { outcomes: Array<{ id: string }> };
  const outcomeId = outcomes[0]?.id;
  if (!outcomeId) throw new Error('the demo workspace has no outcome');
  const call =
    (name: string, args: Record<string, unknown> = {}) =>
    () =>
      client.callTool({ name, arguments: args });
  return [
    { work: 'next_actions (demo workspace)', database, latency: await time(WORKSPACE_CALLS, call('next_actions')), targetMs: null },
    { work: 'doctor (demo workspace)', database, latency: await time(WORKSPACE_CALLS, call('doctor')), targetMs: null },
    {
      work: 'add_outcome_checkin (a write)',
      database,
      latency: await time(WORKSPACE_CALLS, (i) => call('add_outcome_checkin', { outcomeId, value: 4 + i / 1000, note: `bench ${i}` })()),
      targetMs: null,
    },
  ];
}

/**
 * The MCP section: a 150-word ask checked through `understudy mcp` over stdio by the SDK's own
 * client, sequentially, against the same check called in-process (the floor: what is left is
 * the protocol); then the server's start-up and a few workspace calls on SQLite and PostgreSQL.
 */
export async function runMcpSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const { say } = options;
  const env = childEnv(options.workDir);
  const sqlite = join(options.workDir, 'mcp.db');
  runCli({
    bin: join(options.repoRoot, 'bin', 'understudy.js'),
    args: ['--db', sqlite, '--today', TODAY, 'init', '--demo'],
    cwd: options.workDir,
    env,
  });
  const texts = asks();
  const words = checkAsk(texts[0] ?? '').stats.words;

  for (let i = 0; i < WARMUP_CALLS; i += 1) checkAsk(texts[i % texts.length] ?? '');
  const inProcess: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    const start = performance.now();
    checkAsk(texts[i % texts.length] ?? '');
    inProcess.push(performance.now() - start);
  }

  say(`  starting understudy mcp and checking a ${words}-word ask ${CALLS.toLocaleString('en-US')} times…`);
  const { client, startMs } = await connect(options, sqlite);
  const rows: Row[] = [];
  try {
    const ask = (i: number) => client.callTool({ name: 'check_ask', arguments: { text: texts[i % texts.length] } });
    rows.push({
      work: `check_ask, ${words} words, through MCP`,
      database: '—',
      latency: await time(CALLS, ask, WARMUP_CALLS),
      targetMs: mcpTargets.checkAskP99Ms,
    });
    rows.push({ work: `checkAsk in-process (the floor)`, database: '—', latency: summarise(inProcess), targetMs: null });
    rows.push({ work: 'start: spawn → initialize → list tools', database: 'SQLite', latency: summarise([startMs]), targetMs: null });
    rows.push(...(await workspaceRows(client, 'SQLite')));
  } finally {
    await client.close();
  }

  const setup = await createBenchDatabase(options.postgresAdminUrl);
  if (setup.database) {
    try {
      runCli({
        bin: join(options.repoRoot, 'bin', 'understudy.js'),
        args: ['--db', setup.database.url, '--today', TODAY, 'init', '--demo'],
        cwd: options.workDir,
        env,
      });
      const pg = await connect(options, setup.database.url);
      try {
        rows.push(...(await workspaceRows(pg.client, 'PostgreSQL')));
      } finally {
        await pg.client.close();
      }
    } finally {
      await setup.database.drop().catch(() => {});
    }
  } else {
    rows.push({ work: 'workspace calls', database: 'PostgreSQL', latency: null, targetMs: null, skip: setup.skipReason });
  }

  const cell = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(2)} ms`);
  const table: Table = {
    title: `7. MCP: calls through understudy mcp over stdio (SDK client, one call at a time)`,
    headers: ['work', 'database', 'calls', 'p50', 'p99', 'max', 'target', 'result'],
    rows: rows.map((r) => [
      r.work,
      r.database,
      r.latency ? r.latency.calls.toLocaleString('en-US') : '—',
      cell(r.latency?.p50),
      cell(r.latency?.p99),
      cell(r.latency?.max),
      r.targetMs === null ? '—' : `p99 < ${r.targetMs} ms`,
      r.skip ? 'skipped' : r.targetMs === null ? 'reported' : (r.latency?.p99 ?? Infinity) < r.targetMs ? 'PASS' : 'MISS',
    ]),
    notes: [
      `after ${WARMUP_CALLS} warm-up calls; the ask varies over ${texts.length} texts of ${words} words`,
      'the in-process row is the same check without the protocol: the difference is JSON-RPC over a pipe',
      ...rows.filter((r) => r.skip).map((r) => `${r.database}: ${r.skip}`),
    ],
  };
  return { tables: [table], results: { targets: mcpTargets, words, rows } };
}
