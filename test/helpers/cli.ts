import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';

/** The repository root, where `bin/` and the built `dist/` live. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The command a user runs: the published bin script, which loads the bundle in `dist/`. */
export const cliBin = join(repoRoot, 'bin', 'understudy.js');

/** What one run of the CLI did. */
export interface CliResult {
  /** Exit code, or null when a signal ended the process. */
  code: number | null;
  stdout: string;
  stderr: string;
  /** Non-empty lines of standard error. */
  stderrLines: string[];
}

/** Options of one run. */
export interface RunOptions {
  /** Text fed to standard input; by default standard input is closed at once. */
  stdin?: string;
  /** Extra environment variables (on top of the isolated `UNDERSTUDY_HOME`). */
  env?: Record<string, string>;
}

/** Runs the built CLI in a sandbox whose `UNDERSTUDY_HOME` is a temporary folder. */
export interface Cli {
  /** The temporary `UNDERSTUDY_HOME` (also the working directory of every run). */
  home(): string;
  /** Runs `understudy ...args` and reports how it ended; never throws on a non-zero exit. */
  run(args: string[], options?: RunOptions): Promise<CliResult>;
  /** Runs `understudy ...args --json`, expects exit 0 and returns the parsed standard output. */
  json<T = unknown>(args: string[], options?: RunOptions): Promise<T>;
}

/**
 * A CLI sandbox for one suite: call it in a `describe` body. The home folder is created on
 * first use and removed after the suite, and no `UNDERSTUDY_*` variable of the caller leaks
 * in, so a run never touches the real user's workspace. Fails fast when `dist/` is missing.
 */
export function cliSandbox(): Cli {
  let dir: string | null = null;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const home = () => {
    dir ??= mkdtempSync(join(tmpdir(), 'understudy-cli-'));
    return dir;
  };
  const run = (args: string[], options: RunOptions = {}) => runCli(args, { ...options, home: home() });
  return {
    home,
    run,
    async json<T>(args: string[], options?: RunOptions): Promise<T> {
      const result = await run([...args, '--json'], options);
      if (result.code !== 0) {
        throw new Error(`understudy ${args.join(' ')} exited ${result.code}: ${result.stderr.trim()}`);
      }
      return JSON.parse(result.stdout) as T;
    },
  };
}

/** Runs the built CLI once with `UNDERSTUDY_HOME` (and the working directory) set to `home`. */
export function runCli(args: string[], options: RunOptions & { home: string }): Promise<CliResult> {
  if (!existsSync(join(repoRoot, 'dist', 'main.js'))) {
    throw new Error('dist/main.js is missing: run `npm run build` (or `npm test`, which builds first)');
  }
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('UNDERSTUDY_')));
  Object.assign(env, options.env, { UNDERSTUDY_HOME: options.home });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBin, ...args], { cwd: options.home, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
        stderrLines: stderr.split('\n').filter((line) => line.trim() !== ''),
      });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

/**
 * Asserts the CLI's usage-error contract (SPEC §4): exit code 2, nothing on standard output,
 * and exactly one line on standard error, starting `understudy: ` and matching `message`.
 */
export function expectUsageError(result: CliResult, message: RegExp): void {
  expect({ code: result.code, stdout: result.stdout, stderrLines: result.stderrLines }).toMatchObject({
    code: 2,
    stdout: '',
    stderrLines: [expect.stringMatching(/^understudy: /)],
  });
  expect(result.stderrLines[0]).toMatch(message);
}
