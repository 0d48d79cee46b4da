import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set<ChildProcess>();

/**
 * The environment every child of the bench gets: ours minus any `UNDERSTUDY_*` setting, with
 * `UNDERSTUDY_HOME` in the bench's temporary folder, so no run reads or writes the user's data.
 */
export function childEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('UNDERSTUDY_')) env[key] = value;
  env.UNDERSTUDY_HOME = home;
  return env;
}

/** A long-running child (a server) and the output it has written so far. */
export interface Child {
  process: ChildProcess;
  output(): string;
}

/** Starts `command args` as a tracked child; `stopAll` ends every one still running. */
export function startChild(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Child {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let text = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
  });
  return { process: child, output: () => text };
}

/**
 * Resolves with the first match of `pattern` in the child's output. Rejects, quoting what the
 * child wrote, when it exits first or `timeoutMs` passes.
 */
export function waitForOutput(child: Child, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = child.output().match(pattern);
      if (match) finish(() => resolve(match));
    };
    const fail = (why: string) => finish(() => reject(new Error(`${why}; it wrote:\n${child.output().trim() || '(nothing)'}`)));
    const onExit = (code: number | null, signal: string | null) => fail(`the child exited (${signal ?? `code ${code}`})`);
    const timer = setTimeout(() => fail(`no ${pattern} within ${timeoutMs} ms`), timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.process.stdout?.off('data', check);
      child.process.stderr?.off('data', check);
      child.process.off('exit', onExit);
      settle();
    };
    child.process.stdout?.on('data', check);
    child.process.stderr?.on('data', check);
    child.process.once('exit', onExit);
    check();
  });
}

/** Asks a child to stop with SIGTERM and kills it when it has not exited after `graceMs`. */
export async function stopChild(child: Child, graceMs = 3_000): Promise<void> {
  const proc = child.process;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Kills every tracked child at once; safe inside an `exit` handler, where nothing can wait. */
export function killAllNow(): void {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
}

/** A TCP port on 127.0.0.1 that was free a moment ago, for a server that cannot report its own. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
