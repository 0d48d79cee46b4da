import { join } from 'node:path';
import { ensureLocalUser } from '../../src/boot/ensure-local-user.js';
import { workspacesOf } from '../../src/boot/open-workspace.js';
import { createClock } from '../../src/core/clock.js';
import type { Store } from '../../src/core/ports.js';
import { createApp } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/security.js';
import { openStore } from '../../src/store/open-store.js';
import { testBase } from '../helpers/app.js';
import { proofAssert } from '../proof/proof.js';

/** The reference date every hostile-input app judges by. */
const TODAY = '2026-11-28';

/** The app as the local server runs it, in-process, over a freshly opened store. */
export interface HostileApp {
  store: Store;
  /** Sends `init` to `path` (with its query) on the app's own origin. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Sends JSON (or nothing) and returns the status and the parsed body. */
  send(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * Opens the workspace at `url` with the local user and builds the app over it, with the Host
 * allow-list of 127.0.0.1:4477 and, when given, the built web app at `webRoot`.
 */
export async function openHostileApp(url: string, webRoot?: string): Promise<HostileApp> {
  const store = await openStore({ url });
  try {
    await ensureLocalUser(store, createClock(TODAY));
  } catch (error) {
    await store.close();
    throw error;
  }
  const app = createApp({
    workspaces: workspacesOf(store, createClock(TODAY)),
    version: 'proof',
    hosts: () => allowedHosts('127.0.0.1', 4477),
    webRoot,
  });
  const request = async (path: string, init?: RequestInit) => app.request(`${testBase}${path}`, init);
  return {
    store,
    request,
    async send(method, path, body, headers = {}) {
      const response = await request(path, {
        method,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text === '' ? null : parseJson(text) };
    },
    close: () => store.close(),
  };
}

/** `text` parsed as JSON, or the text itself when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** True when `text` is JSON. */
export function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The built web app of the repository (`dist/web`). */
export const webRootOf = (repoRoot: string) => join(repoRoot, 'dist', 'web');

/** Loads the demo workspace (two worked examples), so records and ids exist. */
export async function seedDemo(app: HostileApp): Promise<void> {
  const demo = await app.send('POST', '/api/demo');
  proofAssert(demo.status === 201, `loading the demo workspace answered ${demo.status}: ${JSON.stringify(demo.body).slice(0, 120)}`);
}

/** How many records the workspace holds, over every entity, as its backup lists them. */
export async function countRecords(app: HostileApp): Promise<number> {
  const backup = await app.send('GET', '/api/backup');
  proofAssert(backup.status === 200, `GET /api/backup answered ${backup.status}`);
  const entities = (backup.body as { entities?: Record<string, unknown[]> }).entities ?? {};
  return Object.values(entities).reduce((sum, rows) => sum + rows.length, 0);
}

/** Things a response must never show a user: stack frames, dependency paths, source files, local paths. */
const leaks: Array<{ what: string; pattern: RegExp }> = [
  { what: 'a stack frame', pattern: /\n\s+at\s+\S/ },
  { what: 'a stack frame', pattern: /\bat (?:async )?[\w.<>]+ \((?:file:|\/|[A-Z]:\\)/ },
  { what: 'node_modules', pattern: /node_modules/ },
  { what: 'a file URL', pattern: /file:\/\/\// },
  { what: 'a source location', pattern: /\.(?:ts|js|mjs|cjs):\d+:\d+/ },
  { what: 'an absolute path', pattern: /(?:^|[\s"'(=:])\/(?:home|root|usr|opt|tmp|var|work|Users|private|srv)\/[\w.-]+/ },
];

/**
 * What `text` leaks, or null. A match counts only when the request did not carry that text
 * itself (an error may quote the value it refuses); `secrets` (the repository and database
 * paths) count always. A static asset served as it ships (`staticAsset`: the API docs'
 * JavaScript and CSS) is checked for the secrets only: a dependency's bundle may hold the words
 * "file:///" as code, which is no message of ours.
 */
export function leakIn(text: string, sent: string, secrets: readonly string[], staticAsset = false): string | null {
  for (const secret of secrets) if (secret !== '' && text.includes(secret)) return `the local path ${secret}`;
  if (staticAsset) return null;
  for (const { what, pattern } of leaks) {
    const match = pattern.exec(text);
    if (match && !sent.includes(match[0].trim())) return `${what} (${JSON.stringify(match[0].slice(0, 60))})`;
  }
  return null;
}

/**
 * Why an error response is not the app's error shape (`{error: {code, message}}` as JSON), or
 * null when it is.
 */
export function badErrorShape(response: Response, text: string): string | null {
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) return `content-type "${type}" instead of JSON`;
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null || !('error' in body)) return 'a body without "error"';
  const error = (body as { error: unknown }).error as { code?: unknown; message?: unknown } | null;
  if (typeof error?.code !== 'string' || error.code === '') return 'an error without a code';
  if (typeof error.message !== 'string' || error.message === '') return 'an error without a message';
  return null;
}

/** `text` decoded as a URL component where it can be, for comparing echoes with what was sent. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
