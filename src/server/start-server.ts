import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pkg from '../../package.json' with { type: 'json' };
import { type Mailing, openMailing } from '../boot/open-mailing.js';
import { openWorkspaces } from '../boot/open-workspace.js';
import type { Config } from '../config/load-config.js';
import { resolveServeBinding } from '../config/serve-binding.js';
import type { TeamConfig } from '../config/team-config.js';
import type { Accounts } from '../core/accounts/ports.js';
import { AppError } from '../core/errors.js';
import { createApp } from './app.js';
import { CONNECTION_LIMITS, type ConnectionLimits, serverOptionsFor } from './connection-limits.js';
import { servedHosts } from './security.js';

/** A running server: its URL and how to stop it. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the workspace and serves the app on `host:port` (port 0 picks a free one). An address
 * beyond loopback is refused unless `allowedHosts` names the hosts clients use; only those
 * names are served. Idle and slow clients are cut off by `limits`. Each request opens the
 * workspace of the actor making it (`boot/open-workspace.ts`); the database is closed when the
 * server closes.
 */
export async function startServer(options: {
  config: Config;
  host: string;
  port: number;
  /** `--allowed-host` values: `NAME` or `NAME:PORT`. */
  allowedHosts?: readonly string[] | undefined;
  webRoot?: string | undefined;
  /** Team mode: accounts and sign-in for the address users open. */
  team?: TeamConfig | undefined;
  /** Overrides of `CONNECTION_LIMITS` (tests use short timeouts). */
  limits?: Partial<ConnectionLimits> | undefined;
  /** How often a team server with mail looks for due digests (default every 15 minutes). */
  digestEveryMs?: number | undefined;
}): Promise<RunningServer> {
  const { team } = options;
  // Team mode serves the public URL's host name: that is what a reverse proxy passes on.
  const publicHost = team ? new URL(team.publicUrl).host : undefined;
  const allowedHosts = publicHost ? [...(options.allowedHosts ?? []), publicHost] : options.allowedHosts;
  const binding = resolveServeBinding({ host: options.host, allowedHosts });
  const limits: ConnectionLimits = { ...CONNECTION_LIMITS, ...options.limits };
  const workspaces = await openWorkspaces(options.config);
  let hosts: ReadonlySet<string> = new Set();
  let accounts: Accounts | undefined;
  let mailing: Mailing | undefined;
  try {
    // Without SMTP, a reset link goes to the operator's terminal, who hands it over.
    mailing = team ? await openMailing(workspaces, { smtp: team.smtp, publicUrl: team.publicUrl }) : undefined;
    accounts =
      team && mailing ? await workspaces.accounts({ publicUrl: team.publicUrl, deliverResetLink: mailing.deliverResetLink }) : undefined;
  } catch (error) {
    await workspaces.close();
    throw error;
  }
  const app = createApp({
    workspaces,
    team:
      team && accounts
        ? {
            accounts,
            trustProxy: team.trustProxy,
            publicUrl: team.publicUrl,
            notices: mailing?.notices,
            mailConfigured: mailing?.configured === true,
          }
        : undefined,
    version: pkg.version,
    hosts: () => hosts,
    webRoot: options.webRoot,
    debug: options.config.debug,
  });
  const server = serve({ fetch: app.fetch, hostname: binding.host, port: options.port, serverOptions: serverOptionsFor(limits) });
  server.maxConnections = limits.maxConnections;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await mailing?.close();
    await workspaces.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new AppError('usage', `Port ${options.port} is already in use; pick another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new AppError('usage', `Cannot listen on ${options.host}`);
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  // Digests go from every process with mail; each is claimed in the database, so it goes once.
  const stopDigests = mailing?.configured ? mailing.scheduleDigests(options.digestEveryMs) : async () => {};
  hosts = servedHosts(binding, port);
  if (publicHost) hosts = new Set([...hosts, publicHost]);
  // Beyond loopback, the address users type is the first name they allowed, not the bound one.
  const first = binding.exposure === 'loopback' ? undefined : binding.allowedHosts[0];
  const shown = first ?? (binding.host.includes(':') ? `[${binding.host}]` : binding.host);
  return {
    url: team ? `${team.publicUrl}/` : `http://${/:\d+$/.test(shown) ? shown : `${shown}:${port}`}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          // Mail under way reads the database: it ends before the database closes.
          stopDigests()
            .then(() => mailing?.close())
            .then(
              () => workspaces.close(),
              () => workspaces.close(),
            )
            .then(resolve, resolve);
        });
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
