import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CONNECTION_LIMITS } from './connection-limits.js';
import { type RunningServer, startServer } from './start-server.js';

/*
 * The server as `understudy serve` runs it, on a real port: what it refuses to start with, how
 * it cuts off slow and surplus clients, and what it answers when its data folder vanishes.
 */

const folders: string[] = [];
const servers: RunningServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const server of servers.splice(0)) await server.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A new data folder and the workspace file a server would keep in it. */
function dataFolder(): { folder: string; db: string } {
  const folder = mkdtempSync(join(tmpdir(), 'understudy-serve-'));
  folders.push(folder);
  return { folder, db: join(folder, 'understudy.db') };
}

async function start(options: Partial<Parameters<typeof startServer>[0]> = {}): Promise<RunningServer> {
  const server = await startServer({
    config: { databaseUrl: options.config?.databaseUrl ?? dataFolder().db, today: '2026-11-28', debug: false },
    host: '127.0.0.1',
    port: 0,
    ...options,
  });
  servers.push(server);
  return server;
}

/** The status of a GET sent with a chosen Host header (fetch does not let one set it). */
function statusFor(port: number, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).once('error', reject);
  });
}

/** Opens a raw connection, and tells when the server closes it. */
function open(port: number): Promise<{ socket: Socket; received: () => string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const began = Date.now();
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      received += chunk;
    });
    const closed = new Promise<number>((done) => socket.once('close', () => done(Date.now() - began)));
    socket.once('error', () => {});
    socket.once('connect', () => resolve({ socket, received: () => received, closed }));
    socket.once('error', reject);
  });
}

describe('startServer', () => {
  it('refuses an address beyond loopback without allowed hosts, before opening the workspace', async () => {
    const { db } = dataFolder();
    const refusal = start({ host: '0.0.0.0', config: { databaseUrl: db, today: undefined, debug: false } });
    await expect(refusal).rejects.toMatchObject({ code: 'usage', message: expect.stringMatching(/^Refusing to listen on 0\.0\.0\.0/) });
    expect(existsSync(db)).toBe(false);
  });

  it('serves beyond loopback for the allowed names only, and shows the address to use', async () => {
    const server = await start({ host: '0.0.0.0', allowedHosts: ['understudy.lan'] });
    expect(server.url).toBe(`http://understudy.lan:${server.port}/`);
    expect(await statusFor(server.port, '/api/health', `understudy.lan:${server.port}`)).toBe(200);
    expect(await statusFor(server.port, '/api/health', `127.0.0.1:${server.port}`)).toBe(200);
    expect(await statusFor(server.port, '/api/backup', 'evil.com')).toBe(403);
    expect(await statusFor(server.port, '/api/backup', `evil.com:${server.port}`)).toBe(403);
  });

  it('closes a connection that sends half a header once the header timeout passes, and serves others', async () => {
    const server = await start({ limits: { headersTimeoutMs: 500, checkIntervalMs: 100 } });
    const slow = await open(server.port);
    slow.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const healthy = await fetch(`http://127.0.0.1:${server.port}/api/health`);
    expect(healthy.status).toBe(200);
    const after = await slow.closed;
    expect(after).toBeGreaterThanOrEqual(450);
    expect(after).toBeLessThan(5_000);
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes connections past the cap as they arrive', async () => {
    const server = await start({ limits: { maxConnections: 2 } });
    const held = [await open(server.port), await open(server.port)];
    const surplus = await open(server.port);
    expect(await surplus.closed).toBeLessThan(2_000);
    for (const { socket } of held) socket.destroy();
    await Promise.all(held.map((h) => h.closed));
    expect((await fetch(`http://127.0.0.1:${server.port}/api/health`)).status).toBe(200);
  });

  it('runs with the documented limits by default', () => {
    expect(CONNECTION_LIMITS).toEqual({
      headersTimeoutMs: 20_000,
      requestTimeoutMs: 120_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 1_000,
      checkIntervalMs: 1_000,
    });
  });

  it('answers writes with 503 and logs one line once its data folder is deleted, never 201', async () => {
    const { folder, db } = dataFolder();
    const server = await start({ config: { databaseUrl: db, today: '2026-11-28', debug: false } });
    const post = (name: string) =>
      fetch(`${server.url}api/mentors`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    expect((await post('Before')).status).toBe(201);
    const logged: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      logged.push(String(chunk));
      return true;
    });
    rmSync(folder, { recursive: true, force: true });
    for (const name of ['After', 'Again']) {
      const response = await post(name);
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        error: { code: 'db_unavailable', message: expect.stringMatching(/understudy\.db is gone \(the file or its folder was deleted\)/) },
      });
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^understudy: The workspace database .* is gone .*nothing was written\. Put it back, or restart Understudy\n$/,
    );
    const read = await fetch(`${server.url}api/mentors`);
    expect(read.status).toBe(200);
  });
});
