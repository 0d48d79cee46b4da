import { Agent, request } from 'node:http';

/**
 * The team load's HTTP side: requests over kept-alive connections to several `serve --team`
 * processes, routed as a load balancer with passive health checks would, with every answer
 * timed and counted.
 */

/** One `serve --team` process as the balancer sees it: its port, and until when it is out. */
export interface Backend {
  port: number;
  /** `performance.now()` until which the balancer sends it nothing (after a refused connection). */
  downUntil: number;
}

/** An answer: its status and parsed JSON body (null when empty). */
export interface Answer {
  status: number;
  body: unknown;
}

/** Everything counted over one run of the load. */
export interface Tally {
  /** Milliseconds of each answered request, in the order they finished. */
  latencies: number[];
  /** Milliseconds of each answered request, by route (`GET /api/next-actions`). */
  byRoute: Map<string, number[]>;
  /** Wrong answers: a status other than the expected one, or an unreachable process outside a kill. */
  errors: string[];
  /** Requests that found their process gone (killed) and were sent again to another. */
  retried: number;
  reads: number;
  writes: number;
}

/** An empty tally. */
export function newTally(): Tally {
  return { latencies: [], byRoute: new Map(), errors: [], retried: 0, reads: 0, writes: 0 };
}

/** How long a process that refused a connection is left out before it is tried again. */
const DOWN_FOR_MS = 250;

// Idle connections are dropped after 4 s, before the server's 5 s keep-alive timeout closes
// them: otherwise a request may leave on a connection the server is closing (ECONNRESET).
const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4_000 });

/** Destroys the load's kept-alive connections, so the run can exit. */
export function closeConnections(): void {
  agent.destroy();
}

/** One HTTP request to `port`; rejects only when no answer came (connection refused or reset). */
export function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer & { headers: Record<string, string | string[] | undefined> }> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          ...headers,
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = null;
          try {
            parsed = text === '' ? null : JSON.parse(text);
          } catch {
            parsed = text;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
        });
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** What the balancer knows of the run: the processes, and whether a kill is under way. */
export interface Balancer {
  backends: Backend[];
  /** True from the kill until the killed process answers again: refused connections are expected. */
  killWindow: boolean;
}

/**
 * Sends a request as a user (their session cookie) through the balancer: to the `preferred`
 * process when it is up, else the next one. A request whose process is gone is sent again to
 * another (counted in `retried`) while a kill is under way; outside one it is an error.
 * Resolves with the answer, or null when the request failed.
 */
export async function balanced(
  lb: Balancer,
  tally: Tally,
  preferred: number,
  cookie: string,
  method: string,
  path: string,
  expected: number,
  body?: unknown,
): Promise<unknown> {
  const route = `${method} ${path.replace(/\?.*$/, '').replace(/\/[0-9A-Za-z_-]{16,}(?=\/|$)/g, '/{id}')}`;
  for (let attempt = 0; attempt < lb.backends.length * 4; attempt += 1) {
    const now = performance.now();
    const up = lb.backends.filter((b) => b.downUntil <= now);
    const choices = up.length > 0 ? up : lb.backends;
    const backend = choices[(preferred + attempt) % choices.length] as Backend;
    const started = performance.now();
    let answer: Answer;
    try {
      answer = await send(backend.port, method, path, { cookie }, body);
    } catch (error) {
      backend.downUntil = performance.now() + DOWN_FOR_MS;
      if (!lb.killWindow) {
        tally.errors.push(`${route} on :${backend.port}: ${(error as Error).message}`);
        return null;
      }
      tally.retried += 1;
      continue;
    }
    const took = performance.now() - started;
    tally.latencies.push(took);
    let times = tally.byRoute.get(route);
    if (!times) {
      times = [];
      tally.byRoute.set(route, times);
    }
    times.push(took);
    if (answer.status !== expected) {
      tally.errors.push(`${route} on :${backend.port}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 160)}`);
      return null;
    }
    if (method === 'GET') tally.reads += 1;
    else tally.writes += 1;
    return answer.body;
  }
  tally.errors.push(`${route}: no process answered`);
  return null;
}
