import { createServer } from 'node:net';
import { freshDatabase } from '../proof/databases.js';
import { ms, type ProofContext, type ProofRow, proofAssert } from '../proof/proof.js';
import { type ServerProcess, startServer } from '../proof/server-process.js';
import { coreCount } from './cpu-usage.js';
import { type PhaseFigures, runPhase } from './team-mix.js';
import { type Backend, type Balancer, closeConnections, send } from './team-traffic.js';
import { addAccounts, type OwnedList, ownedLists, signInAndSeed, type TeamUser } from './team-users.js';

/** The team load: members, connections, and seconds of warm-up and of measurement per phase. */
export function teamPlan(short: boolean, seconds?: number): { users: number; connections: number; warmupSeconds: number; seconds: number } {
  return { users: 200, connections: 50, warmupSeconds: short ? 5 : 10, seconds: seconds ?? (short ? 10 : 60) };
}

/** The issue's bars: two processes serve at least twice what one does, with p99 under 300 ms. */
export const TEAM_BARS = { minSpeedup: 2, maxP99Ms: 300 } as const;

/** Everything the team load measured, for the proof's rows and the bench's table. */
export interface TeamFigures {
  setup: string;
  one: PhaseFigures;
  two: PhaseFigures;
  lost: number;
  /** Rows of another member found in someone's lists (must be 0). */
  foreign: number;
  /** Writes stored but never acknowledged (their process was killed before it answered). */
  unacknowledged: number;
}

/** A free TCP port on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Every id of one of `user`'s lists, read as them; every row must be theirs. */
async function ownIds(port: number, user: TeamUser, list: OwnedList): Promise<{ ids: Set<string>; strangers: number }> {
  const ids = new Set<string>();
  let strangers = 0;
  for (let offset = 0; ; offset += 1_000) {
    const page = await send(port, 'GET', `/api/${list}?limit=1000&offset=${offset}`, { cookie: user.cookie });
    proofAssert(page.status === 200, `reading back ${list} of ${user.email} answered ${page.status}`);
    const items = (page.body as { items: Array<{ id: string; userId: string }> }).items;
    for (const row of items) {
      ids.add(row.id);
      if (row.userId !== user.id) strangers += 1;
    }
    if (items.length < 1_000) return { ids, strangers };
  }
}

/**
 * The team load on a fresh PostgreSQL database: 200 accounts, two `serve --team` processes on
 * two ports (one public URL, `--trust-proxy`), every session used on both; the same mix against
 * one process, then against both with one killed and restarted halfway; then every
 * acknowledged write read back as its owner, and nobody's list holding another's rows.
 */
export async function runTeamLoad(ctx: ProofContext): Promise<TeamFigures> {
  const plan = teamPlan(ctx.short, ctx.loadSeconds);
  const db = await freshDatabase(ctx, 'PostgreSQL');
  const servers: ServerProcess[] = [];
  try {
    const ports = [await freePort(), await freePort()];
    const serveArgs = (port: number) => ['--team', '--public-url', `http://127.0.0.1:${ports[0]}`, '--trust-proxy', '--port', String(port)];
    const setupStarted = performance.now();
    ctx.say(`  adding ${plan.users} accounts…`);
    const ids = await addAccounts(ctx, db.url, plan.users);
    const addSeconds = (performance.now() - setupStarted) / 1_000;
    for (const port of ports) servers.push(await startServer(ctx, db.url, { serveArgs: serveArgs(port) }));
    ctx.say(`  signing in and seeding (accounts added in ${addSeconds.toFixed(1)} s)…`);
    const signInStarted = performance.now();
    const users = await signInAndSeed(ids, ports);
    const signInSeconds = (performance.now() - signInStarted) / 1_000;
    const setup = `${plan.users} accounts (1 by \`user add --password-stdin\`, ${plan.users - 1} by accounts.add in-process) in ${addSeconds.toFixed(1)} s; ${plan.users} sign-ins from ${plan.users} addresses, half on each process, each session used on the other process, and seeded, in ${signInSeconds.toFixed(1)} s`;
    const pids = () => servers.map((s) => s.pid);

    ctx.say(`  one process: ${plan.connections} connections × ${plan.seconds} s…`);
    const one = await runPhase(plan, users, { backends: [{ port: ports[0] as number, downUntil: 0 }], killWindow: false }, () =>
      pids().slice(0, 1),
    );

    ctx.say(`  two processes: ${plan.connections} connections × ${plan.seconds} s, then one killed and restarted…`);
    const backends: Backend[] = ports.map((port) => ({ port, downUntil: 0 }));
    const lb: Balancer = { backends, killWindow: false };
    const two = await runPhase(plan, users, lb, pids, async () => {
      lb.killWindow = true;
      const started = performance.now();
      await servers[1]?.kill9();
      servers[1] = await startServer(ctx, db.url, { serveArgs: serveArgs(ports[1] as number) });
      const took = performance.now() - started;
      (backends[1] as Backend).downUntil = 0;
      lb.killWindow = false;
      return took;
    });

    ctx.say('  reading back every acknowledged write as its owner…');
    const ownerOf = new Map<string, number>();
    for (const u of users) for (const list of ownedLists) for (const id of u.acked[list]) ownerOf.set(id, u.index);
    let lost = 0;
    let foreign = 0;
    let unacknowledged = 0;
    for (const u of users) {
      for (const list of ownedLists) {
        const found = await ownIds(ports[u.index % 2] as number, u, list);
        foreign += found.strangers;
        lost += u.acked[list].filter((id) => !found.ids.has(id)).length;
        for (const id of found.ids) {
          const owner = ownerOf.get(id);
          if (owner === undefined) unacknowledged += 1;
          else if (owner !== u.index) foreign += 1;
        }
      }
    }
    return { setup, one, two, lost, foreign, unacknowledged };
  } finally {
    closeConnections();
    for (const server of servers) await server.stop();
    await db.drop();
  }
}

const cores = (n: number) => n.toFixed(2);

/** A measured window in one line: throughput, latency, counts and CPU. */
export function phaseLine(f: PhaseFigures): string {
  return [
    `${Math.round(f.requestsPerSec)} req/s`,
    `p50 ${ms(f.p50)}, p99 ${ms(f.p99)}`,
    `next actions p50 ${ms(f.nextActionsP50)}`,
    `${f.reads.toLocaleString('en-US')} reads, ${f.writes.toLocaleString('en-US')} writes, ${f.errors.length} errors`,
    `CPU in cores: machine ${cores(f.cpu.machine)} of ${coreCount}, servers ${f.cpu.servers.map(cores).join(' + ')}, load generator ${cores(f.cpu.load)}`,
  ].join('; ');
}

/** The kill in one line: how long the process took to come back, and what the load saw meanwhile. */
export function killLine(k: NonNullable<PhaseFigures['kill']>): string {
  return `kill -9 of one process: back in ${(k.restartMs / 1_000).toFixed(1)} s; over ${k.seconds.toFixed(1)} s, ${Math.round(k.requestsPerSec)} req/s, p99 ${ms(k.p99)}, ${k.retried} requests retried on the other process, ${k.errors.length} errors`;
}

/**
 * Cores the throughput bar needs: two servers, PostgreSQL and the load generator each keep one
 * busy. With fewer, the processes only share the same cores and the bar is reported, not judged.
 */
export const CORES_FOR_BARS = 4;

/** The team proof's rows (PostgreSQL only: the claim is several processes on one database). */
export async function proveTeam(ctx: ProofContext): Promise<ProofRow[]> {
  if (!ctx.postgresAdminUrl) return [];
  ctx.say('team on PostgreSQL…');
  const row = (claim: string, ok: boolean, figures: string): ProofRow => ({ area: 'team', claim, database: 'PostgreSQL', ok, figures });
  let f: TeamFigures;
  try {
    f = await runTeamLoad(ctx);
  } catch (error) {
    return [row('team: two processes serve the same 200 members', false, (error as Error).message.replace(/\s*\n\s*/g, ' ').slice(0, 300))];
  }
  const plan = teamPlan(ctx.short, ctx.loadSeconds);
  const speedup = f.two.requestsPerSec / f.one.requestsPerSec;
  const errors = [...f.one.errors, ...f.two.errors, ...(f.two.kill?.errors ?? [])];
  const firstError = errors.length > 0 ? `; first error: ${errors[0]}` : '';
  const met = speedup >= TEAM_BARS.minSpeedup && f.two.p99 < TEAM_BARS.maxP99Ms;
  const judged = coreCount >= CORES_FOR_BARS;
  return [
    row('team: 200 accounts, a session made on one process used on the other', true, f.setup),
    row(
      'team: one process, mixed reads and writes (the baseline, same run)',
      f.one.errors.length === 0,
      `${plan.connections} connections × ${plan.seconds} s (+${plan.warmupSeconds} s warm-up); ${phaseLine(f.one)}`,
    ),
    row(
      'team: two processes, one killed and restarted: no error, no lost write, nobody sees another’s rows',
      errors.length === 0 && f.lost === 0 && f.foreign === 0,
      `${phaseLine(f.two)}; ${f.two.kill ? `${killLine(f.two.kill)}; ` : ''}${f.lost} lost, ${f.foreign} rows of another member, ${f.unacknowledged} stored but unacknowledged${firstError}`,
    ),
    {
      ...row(
        `team: two processes ≥ ${TEAM_BARS.minSpeedup}× one, p99 < ${TEAM_BARS.maxP99Ms} ms`,
        met || !judged,
        `${judged ? '' : `${met ? 'met' : 'MISSED'} on ${coreCount} CPUs, where two servers, PostgreSQL and the load share the cores (judged from ${CORES_FOR_BARS}): `}${Math.round(f.two.requestsPerSec)} vs ${Math.round(f.one.requestsPerSec)} req/s = ${speedup.toFixed(2)}×, p99 ${ms(f.two.p99)}`,
      ),
      notJudged: !judged,
    },
  ];
}
