import { percentile } from '../proof/proof.js';
import { startCpuMeter } from './cpu-usage.js';
import { type Balancer, balanced, newTally, type Tally } from './team-traffic.js';
import type { OwnedList, TeamUser } from './team-users.js';

/**
 * The team load's mix of requests, and one phase of it: a warm-up, a measured window, and
 * optionally a kill of one process after it, each counted apart.
 */

type Op = (lb: Balancer, tally: Tally, user: TeamUser, preferred: number, tag: string) => Promise<void>;

const owned = (user: TeamUser, list: OwnedList, id: string | undefined) => {
  if (id) user.acked[list].push(id);
};

/** Reads a list and fails the request unless every row is the user's own. */
const ownList =
  (path: (u: TeamUser) => string): Op =>
  async (lb, tally, user, preferred) => {
    const page = (await balanced(lb, tally, preferred, user.cookie, 'GET', path(user), 200)) as { items: Array<{ userId: string }> } | null;
    const stranger = page?.items.find((row) => row.userId !== user.id);
    if (stranger) tally.errors.push(`${path(user)} showed a row of user ${stranger.userId} to ${user.id}`);
  };
const read =
  (path: (u: TeamUser) => string): Op =>
  async (lb, tally, user, preferred) => {
    await balanced(lb, tally, preferred, user.cookie, 'GET', path(user), 200);
  };
const write =
  (path: string, list: OwnedList, body: (u: TeamUser, tag: string) => unknown, idOf: (answer: never) => string): Op =>
  async (lb, tally, user, preferred, tag) => {
    const made = await balanced(lb, tally, preferred, user.cookie, 'POST', path, 201, body(user, tag));
    if (made) owned(user, list, idOf(made as never));
  };

/** The mix: what members look at on the dashboard and their lists, and a third writes. */
const mix: Op[] = [
  ownList(() => '/api/outcomes?status=active&limit=13'),
  read(() => '/api/next-actions?days=7'),
  write(
    '/api/checkins',
    'checkins',
    (u, tag) => ({ outcomeId: u.outcomeId, value: Math.round(Math.random() * 1000) / 10, note: `load ${tag}` }),
    (c: { id: string }) => c.id,
  ),
  read(() => '/api/doctor'),
  ownList(() => '/api/mentors?limit=20'),
  write(
    '/api/outcomes',
    'outcomes',
    (_u, tag) => ({ statement: `Cut onboarding time of cohort ${tag} from 10 to 5 days by June` }),
    (o: { id: string }) => o.id,
  ),
  ownList((u) => `/api/checkins?outcomeId=${u.outcomeId}&limit=1000`),
  async (lb, tally, user, preferred) => {
    const me = (await balanced(lb, tally, preferred, user.cookie, 'GET', '/api/me', 200)) as { id: string } | null;
    if (me && me.id !== user.id) tally.errors.push(`GET /api/me answered user ${me.id} to ${user.id}`);
  },
  write(
    '/api/messages',
    'messages',
    (u, tag) => ({ relationshipId: u.relationshipId, kind: 'reply', body: `Thanks, noted (${tag}).` }),
    (m: { message: { id: string } }) => m.message.id,
  ),
  read((u) => `/api/mentors/${u.mentorId}/history`),
  write(
    '/api/mentors/with-relationship',
    'mentors',
    (_u, tag) => ({ mentor: { name: `Load mentor ${tag}`, expertise: ['pricing'] } }),
    (m: { mentor: { id: string } }) => m.mentor.id,
  ),
];

/** Figures of a window of the load: throughput, latency, counts. */
export interface WindowFigures {
  seconds: number;
  requestsPerSec: number;
  p50: number;
  p99: number;
  reads: number;
  writes: number;
  /** Wrong answers (and unreachable processes outside a kill). */
  errors: string[];
  /** Requests sent again to another process because theirs was killed. */
  retried: number;
  /** p50 of `GET /api/next-actions` alone. */
  nextActionsP50: number;
}

/** A phase: its measured window, the CPU used in it, and the kill after it when there was one. */
export interface PhaseFigures extends WindowFigures {
  processes: number;
  /** Cores used on average in the measured window: the machine, the load generator, each server. */
  cpu: { machine: number; load: number; servers: number[] };
  /** From the kill until 3 s after the killed process was back, with its restart time. */
  kill?: WindowFigures & { restartMs: number };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function figuresOf(tally: Tally, seconds: number): WindowFigures {
  return {
    seconds,
    requestsPerSec: (tally.reads + tally.writes) / seconds,
    p50: percentile(tally.latencies, 50),
    p99: percentile(tally.latencies, 99),
    reads: tally.reads,
    writes: tally.writes,
    errors: tally.errors,
    retried: tally.retried,
    nextActionsP50: percentile(tally.byRoute.get('GET /api/next-actions') ?? [], 50),
  };
}

/** How long the load goes on after a killed process is back, still counted with the kill. */
const AFTER_RESTART_MS = 3_000;

/**
 * Runs the mix over `connections` against the balancer's processes: a warm-up, the measured
 * window, then, with `kill`, the kill and restart of a process (it resolves with the restart's
 * milliseconds) while the load goes on, counted apart.
 */
export async function runPhase(
  plan: { connections: number; warmupSeconds: number; seconds: number },
  users: readonly TeamUser[],
  lb: Balancer,
  pids: () => number[],
  kill?: () => Promise<number>,
): Promise<PhaseFigures> {
  let tally = newTally();
  let running = true;
  const workers = Array.from({ length: plan.connections }, async (_, worker) => {
    for (let n = 0; running; n += 1) {
      const user = users[(worker + n * plan.connections) % users.length] as TeamUser;
      const op = mix[(worker * 7 + n * 13) % mix.length] as Op;
      await op(lb, tally, user, Math.floor(Math.random() * lb.backends.length), `w${worker}-${n}`);
    }
  });
  let measured: Tally | undefined;
  let killed: Tally | undefined;
  try {
    await sleep(plan.warmupSeconds * 1_000);
    measured = tally = newTally();
    const meter = startCpuMeter(pids);
    const from = performance.now();
    await sleep(plan.seconds * 1_000);
    const cpu = meter.read();
    // Counted at the window's end: requests in flight at the kill belong to the kill. Errors
    // stay the same list, so one that comes later is still counted.
    const steady = figuresOf(measured, (performance.now() - from) / 1_000);
    let killFigures: PhaseFigures['kill'];
    if (kill) {
      killed = tally = newTally();
      const started = performance.now();
      const restartMs = await kill();
      await sleep(AFTER_RESTART_MS);
      killFigures = { ...figuresOf(killed, (performance.now() - started) / 1_000), restartMs };
    }
    running = false;
    await Promise.all(workers);
    return {
      ...steady,
      processes: lb.backends.length,
      cpu: { machine: cpu.machine, load: cpu.self, servers: cpu.pids },
      ...(killFigures ? { kill: killFigures } : {}),
    };
  } finally {
    running = false;
  }
}
