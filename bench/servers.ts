import { join } from 'node:path';
import { type Child, freePort, startChild, stopChild, waitForOutput } from './children.js';

/** A server under test, running in its own process, and how to stop it. */
export interface ServerUnderTest {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

const readyTimeoutMs = 20_000;

/**
 * Starts our server as a user would: the built CLI, `serve --port P` on a port picked free a
 * moment before. It is ready when it prints the line with its URL.
 */
export async function startOurServer(options: {
  bin: string;
  databaseUrl: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
}): Promise<ServerUnderTest> {
  const port = await freePort();
  const child = startChild(process.execPath, [options.bin, '--db', options.databaseUrl, 'serve', '--port', String(port)], options);
  try {
    const match = await waitForOutput(child, /Understudy is running at (http:\/\/\S+)/, readyTimeoutMs);
    return { url: match[1] ?? '', child, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw new Error(`Our server did not start: ${(error as Error).message}`);
  }
}

/** Starts the plain `node:http` baseline (bench/plain-server.ts) on `file` in its own process. */
export async function startPlainServer(options: { repoRoot: string; file: string; env: NodeJS.ProcessEnv }): Promise<ServerUnderTest> {
  const script = join(options.repoRoot, 'bench', 'plain-server.ts');
  const child = startChild(process.execPath, ['--import', 'tsx', script, options.file], { cwd: options.repoRoot, env: options.env });
  try {
    const match = await waitForOutput(child, /listening at (http:\/\/\S+)/, readyTimeoutMs);
    return { url: match[1] ?? '', child, stop: () => stopChild(child) };
  } catch (error) {
    await stopChild(child);
    throw new Error(`The plain server did not start: ${(error as Error).message}`);
  }
}
