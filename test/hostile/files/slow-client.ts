import { connect } from 'node:net';
import { CONNECTION_LIMITS } from '../../../src/server/connection-limits.js';
import { proofAssert } from '../../proof/proof.js';
import type { ServerProcess } from '../../proof/server-process.js';
import { ANSWERING_MS, assertHealthHeld, costLine, costOf } from './server-watch.js';

/** How long after the header timeout the server may take to close: its check interval, and a second of slack. */
const SLACK_MS = CONNECTION_LIMITS.checkIntervalMs + 1_000;

/** Opens a socket to the server, sends half a request header, and resolves when the server closes it. */
function halfHeader(server: ServerProcess): Promise<{ closedAfterMs: number; received: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let received = '';
    let sentAt = 0;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept a half-sent header open for over ${(CONNECTION_LIMITS.headersTimeoutMs + 30_000) / 1_000} s`));
    }, CONNECTION_LIMITS.headersTimeoutMs + 30_000);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    socket.once('connect', () => {
      socket.write(`GET /api/health HTTP/1.1\r\nHost: ${hostname}:${port}\r\nX-Slow: `);
      sentAt = performance.now();
    });
    socket.once('error', () => {});
    socket.once('close', () => {
      clearTimeout(giveUp);
      if (sentAt === 0) reject(new Error('could not connect to the server'));
      else resolve({ closedAfterMs: performance.now() - sentAt, received });
    });
  });
}

/**
 * A client that sends half a request header and then nothing: the server answers 408 and
 * closes the connection once its header timeout (`CONNECTION_LIMITS.headersTimeoutMs`, the
 * real 20 s of `understudy serve`) has passed, while `/api/health` keeps answering others.
 */
export async function proveSlowClientClosed(server: ServerProcess): Promise<string> {
  const cost = await costOf(server, () => halfHeader(server));
  const { closedAfterMs, received } = cost.result;
  const limit = CONNECTION_LIMITS.headersTimeoutMs;
  const figures = `closed after ${(closedAfterMs / 1_000).toFixed(1)} s (header timeout ${limit / 1_000} s) with "${received.split('\r\n')[0] ?? ''}"; ${costLine(cost)}`;
  proofAssert(closedAfterMs >= limit - 500, `closed before the header timeout; ${figures}`);
  proofAssert(closedAfterMs <= limit + SLACK_MS, `closed later than ${(limit + SLACK_MS) / 1_000} s; ${figures}`);
  proofAssert(/^HTTP\/1\.1 408/.test(received), `the server closed without a 408; ${figures}`);
  await assertHealthHeld(server, cost, ANSWERING_MS, figures);
  return figures;
}
