import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { withAccounts } from '../../src/boot/open-accounts.js';
import type { SmtpConfig } from '../../src/config/mail-config.js';
import type { Role } from '../../src/core/accounts/schemas.js';
import { type RunningServer, startServer } from '../../src/server/start-server.js';
import type { TestServer } from './harness.js';

/** An account the operator adds before the team server starts (`understudy user add`). */
export interface TeamAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
}

/** A port no one listens on now: the public URL must name the port before the server starts. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `understudy serve --team --public-url http://127.0.0.1:PORT --port PORT` in this
 * process over a new SQLite database, after adding `accounts` as `user add` does; with `smtp`,
 * mail goes through that SMTP server (as `--smtp-*` would set it).
 */
export async function startTeamTestServer(options: {
  accounts: readonly TeamAccount[];
  today?: string;
  smtp?: SmtpConfig;
}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'understudy-e2e-team-'));
  const database = join(dir, 'team.db');
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  const config = { databaseUrl: database, today: options.today, debug: false };
  await withAccounts(config, async (accounts) => {
    for (const { email, name, password, role } of options.accounts) await accounts.add({ email, name, password, role });
  });
  const server: RunningServer = await startServer({
    config,
    host: '127.0.0.1',
    port,
    team: { publicUrl, trustProxy: false, smtp: options.smtp },
    webRoot: process.env.UNDERSTUDY_WEB_ROOT,
  });
  return {
    url: server.url.replace(/\/$/, ''),
    database,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills and sends the sign-in form of the page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByRole('textbox', { name: 'Email' }).fill(email);
  await form.getByRole('textbox', { name: 'Password' }).fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** A call to the API from the page, with its session: the answer's body; a refusal throws with its status. */
export async function callApi<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const init: RequestInit = { method, headers: { 'content-type': 'application/json' } };
      if (body !== undefined) init.body = JSON.stringify(body);
      const answer = await fetch(path, init);
      if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
      return (await answer.json()) as T;
    },
    { method, path, body },
  ) as Promise<T>;
}
