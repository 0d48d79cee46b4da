import { freshDatabase, proofDatabases } from '../proof/databases.js';
import { ms, type ProofContext, type ProofDatabase, type ProofRow, percentile, proofAssert, prove } from '../proof/proof.js';
import { allIds, type ServerProcess, startDemoServer } from '../proof/server-process.js';

/**
 * The load of the proof: connections, and seconds of warm-up and of measurement. The warm-up
 * lasts until the server's heap has grown to its working size (about 40 s at this load: until
 * then resident memory climbs by about 1 MB a second, and falls back by 15–20% at the first
 * full garbage collection, then stays flat); memory is compared from there.
 */
export function loadPlan(short: boolean, seconds?: number): { connections: number; warmupSeconds: number; seconds: number } {
  const plan = { connections: 50, warmupSeconds: 45, seconds: short ? 15 : 60 };
  return seconds === undefined ? plan : { ...plan, seconds };
}

/** Largest growth of resident memory from the end of the warm-up to the end of the run. */
const MAX_RSS_GROWTH = 0.1;
/**
 * How many one-second samples make a level of resident memory: their lowest, the floor the
 * garbage collector brings memory back to. What a server keeps raises the floor; how fast it
 * makes garbage only raises the peaks between collections (a faster server makes more).
 */
const RSS_LEVEL_SAMPLES = 10;

interface Tally {
  latencies: number[];
  errors: string[];
  reads: number;
  checkins: string[];
  mentors: string[];
}

/** One request of the mix: mostly reads of what a user looks at, a third writes. */
type Operation = (server: ServerProcess, ids: { outcomeId: string; mentorId: string }, tally: Tally, tag: string) => Promise<void>;

const json = { 'content-type': 'application/json' };

async function send(url: string, init: RequestInit, tally: Tally): Promise<unknown> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    tally.errors.push(`${init.method ?? 'GET'} ${new URL(url).pathname}: ${(error as Error).message}`);
    return null;
  }
  const body = await response.text();
  tally.latencies.push(performance.now() - started);
  if (!response.ok) {
    tally.errors.push(`${init.method ?? 'GET'} ${new URL(url).pathname}: ${response.status} ${body.slice(0, 120)}`);
    return null;
  }
  return JSON.parse(body) as unknown;
}

const read =
  (path: (ids: { outcomeId: string; mentorId: string }) => string): Operation =>
  async (server, ids, tally) => {
    if ((await send(`${server.url}${path(ids)}`, {}, tally)) !== null) tally.reads += 1;
  };

const mix: Operation[] = [
  read(() => '/api/outcomes?limit=20'),
  read(() => '/api/mentors?limit=20'),
  read(() => '/api/next-actions'),
  read(() => '/api/doctor'),
  read((ids) => `/api/mentors/${ids.mentorId}/history`),
  read(() => '/api/checkins?limit=50'),
  async (server, ids, tally, tag) => {
    const body = JSON.stringify({ outcomeId: ids.outcomeId, value: Math.round(Math.random() * 1000) / 10, note: `load ${tag}` });
    const created = (await send(`${server.url}/api/checkins`, { method: 'POST', headers: json, body }, tally)) as { id: string } | null;
    if (created) tally.checkins.push(created.id);
  },
  async (server, _ids, tally, tag) => {
    const body = JSON.stringify({ name: `Load mentor ${tag}`, expertise: ['pricing'] });
    const created = (await send(`${server.url}/api/mentors`, { method: 'POST', headers: json, body }, tally)) as { id: string } | null;
    if (created) tally.mentors.push(created.id);
  },
  async (server, ids, tally, tag) => {
    const body = JSON.stringify({ outcomeId: ids.outcomeId, note: `load ${tag}`, confidence: 50 });
    const created = (await send(`${server.url}/api/checkins`, { method: 'POST', headers: json, body }, tally)) as { id: string } | null;
    if (created) tally.checkins.push(created.id);
  },
];

async function runLoad(ctx: ProofContext, database: ProofDatabase): Promise<string> {
  const plan = loadPlan(ctx.short, ctx.loadSeconds);
  const db = await freshDatabase(ctx, database);
  let server: ServerProcess | null = null;
  try {
    const demo = await startDemoServer(ctx, db.url);
    server = demo.server;
    const running = server;
    const ids = { outcomeId: demo.outcomeId, mentorId: demo.mentorId };
    const [checkinsBefore, mentorsBefore] = [await allIds(running, 'checkins'), await allIds(running, 'mentors')];

    const tally: Tally = { latencies: [], errors: [], reads: 0, checkins: [], mentors: [] };
    const start = performance.now();
    const end = start + (plan.warmupSeconds + plan.seconds) * 1_000;
    let measuredFrom = 0;
    const warmup = setTimeout(() => {
      measuredFrom = tally.latencies.length;
    }, plan.warmupSeconds * 1_000);
    // Resident memory each second; a level is the floor of 10 samples, as single samples
    // swing by several percent (on PostgreSQL by up to half) with each garbage collection.
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(running.rss()), 1_000);
    const workers = Array.from({ length: plan.connections }, async (_, worker) => {
      for (let n = 0; performance.now() < end; n += 1) {
        const op = mix[(worker * 7 + n * 13) % mix.length];
        if (op) await op(running, ids, tally, `w${worker}-${n}`);
      }
    });
    await Promise.all(workers);
    clearTimeout(warmup);
    clearInterval(sampler);
    if (process.env.PROOF_DEBUG) ctx.say(`  RSS each second (MB): ${samples.map((b) => Math.round(b / 1_048_576)).join(' ')}`);
    const rssAfterWarmup = Math.min(...samples.slice(Math.max(0, plan.warmupSeconds - RSS_LEVEL_SAMPLES), plan.warmupSeconds));
    const rssAtEnd = Math.min(...samples.slice(-RSS_LEVEL_SAMPLES));
    const seconds = (performance.now() - start) / 1_000;
    const measured = tally.latencies.slice(measuredFrom);

    // Counted afterwards: every acknowledged write is stored, and nothing else was added.
    const [checkinsAfter, mentorsAfter] = [await allIds(running, 'checkins'), await allIds(running, 'mentors')];
    const lostCheckins = tally.checkins.filter((id) => !checkinsAfter.has(id)).length;
    const lostMentors = tally.mentors.filter((id) => !mentorsAfter.has(id)).length;
    const extra =
      checkinsAfter.size - checkinsBefore.size - tally.checkins.length + (mentorsAfter.size - mentorsBefore.size - tally.mentors.length);
    const writes = tally.checkins.length + tally.mentors.length;
    const growth = rssAfterWarmup > 0 ? rssAtEnd / rssAfterWarmup - 1 : Number.NaN;
    const figures = [
      `${plan.connections} connections × ${plan.seconds} s (+${plan.warmupSeconds} s warm-up)`,
      `${Math.round((tally.reads + writes) / seconds)} req/s`,
      `p50 ${ms(percentile(measured, 50))}, p99 ${ms(percentile(measured, 99))}`,
      `${tally.reads.toLocaleString('en-US')} reads, ${writes.toLocaleString('en-US')} writes, ${tally.errors.length} errors, ${lostCheckins + lostMentors} lost`,
      `RSS ${(rssAfterWarmup / 1_048_576).toFixed(0)} → ${(rssAtEnd / 1_048_576).toFixed(0)} MB (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`,
    ].join('; ');
    proofAssert(tally.errors.length === 0, `${tally.errors.length} errors, first: ${tally.errors[0]}; ${figures}`);
    proofAssert(
      lostCheckins + lostMentors === 0 && extra === 0,
      `lost ${lostCheckins + lostMentors} writes, ${extra} unexpected rows; ${figures}`,
    );
    proofAssert(growth <= MAX_RSS_GROWTH, `resident memory grew more than ${MAX_RSS_GROWTH * 100}% after warm-up; ${figures}`);
    return figures;
  } finally {
    await server?.stop();
    await db.drop();
  }
}

/** The load proof: 50 connections of mixed reads and writes on each database, counted afterwards. */
export async function proveLoad(ctx: ProofContext): Promise<ProofRow[]> {
  const rows: ProofRow[] = [];
  for (const database of proofDatabases(ctx)) {
    ctx.say(`load on ${database}…`);
    rows.push(
      await prove({ area: 'load', claim: 'mixed reads and writes: no error, no lost write, memory flat', database }, () =>
        runLoad(ctx, database),
      ),
    );
  }
  return rows;
}
