import { join } from 'node:path';
import autocannon from 'autocannon';
import { checkAsk } from '../../src/analysis/checks/ask/check-ask.js';
import { childEnv } from '../children.js';
import { percentile } from '../cold-start.js';
import type { SectionOptions, Table } from '../report.js';
import { startOurServer } from '../servers.js';

/** Target of the checks-over-HTTP issue: a 150-word ask, `POST /api/checks/ask`, p99. */
export const httpCheckTargets = { askP99Ms: 20 };

const PATH = '/api/checks/ask';
const REQUESTS = 3_000;
const WARMUP_REQUESTS = 300;
const CONNECTIONS = 10;
const LOAD_SECONDS = 10;
const WORDS = 150;

const names = ['Maya', 'Sam', 'Priya', 'Lena', 'Tomás', 'Aiko', 'Daniel', 'Ines', 'Kofi', 'Rosa'];
const works = ['talk on pricing pages', 'essay on onboarding checklists', 'podcast about sales-led growth', 'post on usage-based plans'];

/**
 * Twenty first-contact asks of exactly 150 words as the check counts them, varied in name,
 * reference and numbers: at the `too-long` threshold, with several rules to report.
 */
function longAsks(): string[] {
  return Array.from({ length: 20 }, (_, i) => {
    const text = [
      `Dear ${names[i % names.length]}, your ${works[i % works.length]} came up in our planning meeting ${i + 2} days ago.`,
      `I lead product for a scheduling tool used by about ${12 + i},000 clinics, and I joined the company as its first product manager last spring.`,
      `Our self-serve upgrade rate has sat between ${3 + (i % 4)}% and ${5 + (i % 4)}% since we raised prices, and sales thinks the plan page is to blame.`,
      'I rebuilt the page twice, once with three plans and once with two, and neither moved the number by more than a few tenths of a point.',
      'You wrote that a plan page should answer who each plan is for before it lists any feature, which is the opposite of what we show.',
      'When you rewrote a plan page around who each plan is for, which number told you first that it worked, and after how many days did you trust it?',
      'Thanks for reading; I know this is long, and I am grateful for any answer at all.',
    ].join(' ');
    let words = text.split(/\s+/);
    while (words.length > 0 && checkAsk(words.join(' ')).stats.words > WORDS) words = words.slice(0, -1);
    return `${words.join(' ').replace(/[,;.]$/, '')}.`;
  });
}

interface Latency {
  requests: number;
  p50: number;
  p99: number;
  max: number;
}

/** Sends each ask once and refuses to time a server that does not check it as the CLI would. */
async function verify(url: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const body = (await response.json()) as { verdict?: string; stats?: { words?: number } };
    const expected = checkAsk(text);
    if (response.status !== 200 || body.verdict !== expected.verdict || body.stats?.words !== WORDS) {
      throw new Error(`POST ${PATH} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
    }
  }
}

/** One request at a time, as the web app checks while the user types; a failed request stops the bench. */
async function sequential(url: string, texts: string[]): Promise<Latency> {
  const times: number[] = [];
  for (let i = -WARMUP_REQUESTS; i < REQUESTS; i += 1) {
    const body = JSON.stringify({ text: texts[Math.abs(i) % texts.length] });
    const start = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await response.arrayBuffer();
    if (i >= 0) times.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`a timed request answered ${response.status}`);
  }
  const sorted = times.sort((a, b) => a - b);
  return { requests: times.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? Number.NaN };
}

/** `CONNECTIONS` clients at once for `LOAD_SECONDS`, after a two-second warm-up. */
async function concurrent(url: string, texts: string[]): Promise<Latency & { perSec: number; failed: number }> {
  const requests = texts.map((text) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  }));
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: LOAD_SECONDS, requests });
  return {
    requests: r.latency.totalCount,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    perSec: r.latency.totalCount / r.duration,
    failed: r.errors + r.non2xx,
  };
}

/**
 * The checks over HTTP: a 150-word ask sent to `POST /api/checks/ask` of a real `understudy
 * serve` (a child process, loopback), one request at a time and then by several clients at
 * once, beside the same check called in-process (the floor: the rest is HTTP and JSON).
 */
export async function runHttpChecksSection(options: SectionOptions): Promise<{ tables: Table[]; results: unknown }> {
  const texts = longAsks();
  for (let i = 0; i < WARMUP_REQUESTS; i += 1) checkAsk(texts[i % texts.length] ?? '');
  const inProcess: number[] = [];
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = performance.now();
    checkAsk(texts[i % texts.length] ?? '');
    inProcess.push(performance.now() - start);
  }
  const floor = inProcess.sort((a, b) => a - b);

  options.say(`  starting understudy serve and sending a ${WORDS}-word ask ${REQUESTS.toLocaleString('en-US')} times…`);
  const server = await startOurServer({
    bin: join(options.repoRoot, 'bin', 'understudy.js'),
    databaseUrl: join(options.workDir, 'checks-http.db'),
    cwd: options.workDir,
    env: childEnv(options.workDir),
  });
  let one: Latency;
  let many: Awaited<ReturnType<typeof concurrent>>;
  try {
    const url = new URL(PATH, server.url).toString();
    await verify(url, texts);
    one = await sequential(url, texts);
    options.say(`  and by ${CONNECTIONS} clients at once for ${LOAD_SECONDS} s…`);
    many = await concurrent(url, texts);
  } finally {
    await server.stop();
  }

  const cell = (value: number) => `${value.toFixed(2)} ms`;
  const target = `p99 < ${httpCheckTargets.askP99Ms} ms`;
  const pass = (l: Latency, failed = 0) => (failed === 0 && l.p99 < httpCheckTargets.askP99Ms ? 'PASS' : 'MISS');
  const table: Table = {
    title: `3. Checks over HTTP: POST ${PATH}, a ${WORDS}-word first-contact ask, understudy serve on loopback`,
    headers: ['clients', 'requests', 'req/s', 'p50', 'p99', 'max', 'target', 'result'],
    rows: [
      ['1 at a time', one.requests.toLocaleString('en-US'), '—', cell(one.p50), cell(one.p99), cell(one.max), target, pass(one)],
      [
        `${CONNECTIONS} at once`,
        many.requests.toLocaleString('en-US'),
        Math.round(many.perSec).toLocaleString('en-US'),
        cell(many.p50),
        cell(many.p99),
        cell(many.max),
        target,
        pass(many, many.failed),
      ],
      [
        'checkAsk in-process (the floor)',
        REQUESTS.toLocaleString('en-US'),
        '—',
        cell(percentile(floor, 50)),
        cell(percentile(floor, 99)),
        cell(floor.at(-1) ?? 0),
        '—',
        'reported',
      ],
    ],
    notes: [
      `one at a time: Node's fetch, after ${WARMUP_REQUESTS} warm-up requests; at once: autocannon for ${LOAD_SECONDS} s after 2 s (whole milliseconds)`,
      `the ask varies over ${texts.length} texts; every answer was first checked against the in-process result`,
      ...(many.failed > 0 ? [`${many.failed} requests failed under load`] : []),
    ],
  };
  return { tables: [table], results: { targets: httpCheckTargets, words: WORDS, sequential: one, concurrent: many } };
}
