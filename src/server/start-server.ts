import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pkg from '../../package.json' with { type: 'json' };
import type { Config } from '../config/load-config.js';
import { createClock } from '../core/clock.js';
import { AppError } from '../core/errors.js';
import { ensureLocalUser } from '../core/users/ensure-local-user.js';
import { openStore } from '../store/open-store.js';
import { createApp } from './app.js';
import { allowedHosts } from './security.js';

/** A running server: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the workspace and serves the app on `host:port` (port 0 picks a free one). The store
 * is closed when the server closes.
 */
export async function startServer(options: {
  config: Config;
  host: string;
  port: number;
  webRoot?: string | undefined;
}): Promise<RunningServer> {
  const store = await openStore({ url: options.config.databaseUrl });
  const user = await ensureLocalUser(store, createClock(options.config.today));
  let hosts: Set<string> | null = new Set();
  const app = createApp({
    store,
    userId: user.id,
    today: options.config.today,
    version: pkg.version,
    hosts: () => hosts,
    webRoot: options.webRoot,
    debug: options.config.debug,
  });
  const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await store.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new AppError('usage', `Port ${options.port} is already in use; pick another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new AppError('usage', `Cannot listen on ${options.host}`);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  // Bound to every interface on purpose: the user chose to expose it, so any Host is served.
  hosts = options.host === '0.0.0.0' || options.host === '::' ? null : allowedHosts(options.host, port);
  const shown = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close().then(resolve, resolve);
        });
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
