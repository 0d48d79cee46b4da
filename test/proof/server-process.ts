import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ProofContext, proofAssert } from './proof.js';

const running = new Set<ChildProcess>();

/** Kills every server a proof left running; for the run's exit. */
export function killAllServers(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** The environment of every child: no `UNDERSTUDY_*` of the caller, the run's folder as home. */
export function proofEnv(ctx: ProofContext): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('UNDERSTUDY_')) env[key] = value;
  env.UNDERSTUDY_HOME = ctx.workDir;
  return env;
}

/** A running `understudy serve`: its URL, what it printed, and how to stop or kill it. */
export interface ServerProcess {
  url: string;
  pid: number;
  output(): string;
  /** Whether the process still runs. */
  alive(): boolean;
  /** Resident memory in bytes, read from /proc. */
  rss(): number;
  /** SIGKILL, as a power cut would; resolves when the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts `understudy serve` on `db` (`--port 0` unless `serveArgs` say otherwise, such as
 * `--team`) and resolves once it prints its URL.
 */
export async function startServer(
  ctx: ProofContext,
  db: string,
  options: { env?: NodeJS.ProcessEnv; serveArgs?: string[] } = {},
): Promise<ServerProcess> {
  const serveArgs = options.serveArgs ?? ['--port', '0'];
  const child = spawn(process.execPath, [join(ctx.repoRoot, 'bin', 'understudy.js'), '--db', db, 'serve', ...serveArgs], {
    cwd: ctx.workDir,
    env: { ...proofEnv(ctx), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', () => running.delete(child));
  let text = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 20 s: ${text.trim()}`)), 20_000);
    const check = () => {
      const match = text.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${signal ?? code}) before it started: ${text.trim()}`));
    });
  });
  const pid = child.pid ?? 0;
  return {
    url,
    pid,
    output: () => text,
    alive: () => child.exitCode === null && child.signalCode === null,
    rss: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? Number.NaN);
      return kb * 1024;
    },
    kill9: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs the built CLI once (with `input` on its standard input) and returns its exit code and output. */
export function runCli(ctx: ProofContext, args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(ctx.repoRoot, 'bin', 'understudy.js'), ...args], {
    cwd: ctx.workDir,
    env: proofEnv(ctx),
    ...(input === undefined ? {} : { input }),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `understudy ...args --json` and returns the parsed output; throws with stderr on failure. */
export function cliJson<T>(ctx: ProofContext, args: string[]): T {
  const result = runCli(ctx, [...args, '--json']);
  if (result.code !== 0) throw new Error(`understudy ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
  return JSON.parse(result.stdout) as T;
}

/** A server on the demo workspace, with the ids of its first outcome and first mentor. */
export interface DemoServer {
  server: ServerProcess;
  outcomeId: string;
  mentorId: string;
}

/** Fills `db` with the demo workspace (`init --demo`) and serves it. */
export async function startDemoServer(ctx: ProofContext, db: string): Promise<DemoServer> {
  const init = runCli(ctx, ['--db', db, 'init', '--demo']);
  if (init.code !== 0) throw new Error(`init --demo failed: ${init.stderr.trim()}`);
  const server = await startServer(ctx, db);
  const first = async (path: string) =>
    ((await (await fetch(`${server.url}/api/${path}?limit=1`)).json()) as { items: Array<{ id: string }> }).items[0]?.id;
  const [outcomeId, mentorId] = [await first('outcomes'), await first('mentors')];
  if (!outcomeId || !mentorId) {
    await server.stop();
    throw new Error('the demo workspace has no outcome or no mentor');
  }
  return { server, outcomeId, mentorId };
}

/** Every id of an entity, read page by page through the API. */
export async function allIds(server: ServerProcess, path: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1_000) {
    const response = await fetch(`${server.url}/api/${path}?limit=1000&offset=${offset}`);
    proofAssert(response.ok, `listing ${path} failed with ${response.status}`);
    const page = (await response.json()) as { items: Array<{ id: string }> };
    for (const item of page.items) ids.add(item.id);
    if (page.items.length < 1_000) return ids;
  }
}
