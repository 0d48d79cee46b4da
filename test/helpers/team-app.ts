import { expect } from 'vitest';
import { type Mailing, openMailing } from '../../src/boot/open-mailing.js';
import { workspacesOf } from '../../src/boot/open-workspace.js';
import type { SmtpConfig } from '../../src/config/mail-config.js';
import type { Accounts } from '../../src/core/accounts/ports.js';
import type { Role } from '../../src/core/accounts/schemas.js';
import { createClock } from '../../src/core/clock.js';
import { createApp } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/security.js';
import { openStore } from '../../src/store/open-store.js';

/** The public URL test team servers answer on (the app's own loopback origin). */
export const teamBase = 'http://127.0.0.1:4477';

/** A member signed in to a test team server: their account id and session cookie. */
export interface TestMember {
  id: string;
  email: string;
  cookie: string;
}

/** A team-mode app over a fresh database, with helpers to add members and call it as them. */
export interface TeamTestApp {
  app: ReturnType<typeof createApp>;
  store: Awaited<ReturnType<typeof openStore>>;
  accounts: Accounts;
  /** The team's mail: SMTP when `smtp` was given, otherwise nothing is sent. */
  mailing: Mailing;
  /** Adds an account (the operator's `user add`) and signs it in through `POST /api/auth/sign-in/email`. */
  member(email: string, role?: Role): Promise<TestMember>;
  /** Calls the app as `who` (a member, or null for no cookie); a `FormData` body goes as multipart, any other as JSON. */
  call(who: TestMember | null, method: string, path: string, body?: unknown): Promise<Response>;
  /** Calls as `who`, expects `status` (200 by default; the answer's text in the failure) and returns the JSON body. */
  ok<T>(who: TestMember, method: string, path: string, body?: unknown, status?: number): Promise<T>;
  /** Calls as `who` a request that must fail: its status, error code and message, after checking no stack trace shows. */
  refused(who: TestMember | null, method: string, path: string, body?: unknown): Promise<Refusal>;
  close(): Promise<void>;
}

/** What a refused request answered. */
export interface Refusal {
  status: number;
  code: string | undefined;
  message: string;
  text: string;
}

/** The password every test member signs in with. */
export const TEST_PASSWORD = 'a long enough passphrase';

/** The session cookie a sign-in answer sets, as a `Cookie` header value. */
export function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** Opens the database at `url` and serves it in team mode as `serve --team` would, for `app.request()` tests. */
export async function createTeamTestApp(
  url: string,
  options: {
    today?: string;
    trustProxy?: boolean;
    deliverResetLink?: (email: string, url: string) => Promise<void>;
    /** Mail through this SMTP server: notices, reset links and digests, as `serve --team` with `--smtp-*`. */
    smtp?: SmtpConfig;
    /** Where mail failures are written (the server's terminal); by default standard error. */
    mailLog?: (line: string) => void;
  } = {},
): Promise<TeamTestApp> {
  const { today = '2026-11-28', trustProxy = false, smtp, mailLog } = options;
  const store = await openStore({ url });
  const workspaces = workspacesOf(store, createClock(today));
  const mailing = await openMailing(workspaces, { smtp, publicUrl: teamBase, log: mailLog });
  const deliverResetLink = options.deliverResetLink ?? (smtp ? mailing.deliverResetLink : undefined);
  const accounts = await workspaces.accounts({ publicUrl: teamBase, deliverResetLink });
  const app = createApp({
    workspaces,
    team: { accounts, trustProxy, publicUrl: teamBase, notices: mailing.notices, mailConfigured: mailing.configured },
    version: 'test',
    hosts: () => allowedHosts('127.0.0.1', 4477),
  });
  const call: TeamTestApp['call'] = async (who, method, path, body) => {
    const form = body instanceof FormData;
    return await app.request(`${teamBase}${path}`, {
      method,
      headers: {
        ...(who ? { cookie: who.cookie } : {}),
        ...(body === undefined || form ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  };
  return {
    app,
    store,
    accounts,
    mailing,
    call,
    async ok<T>(who: TestMember, method: string, path: string, body?: unknown, status = 200) {
      const answer = await call(who, method, path, body);
      const text = await answer.text();
      expect(answer.status, `${method} ${path}: ${text}`).toBe(status);
      return (text ? JSON.parse(text) : undefined) as T;
    },
    async refused(who, method, path, body) {
      const answer = await call(who, method, path, body);
      const text = await answer.text();
      expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
      const json = (text ? JSON.parse(text) : {}) as { error?: { code: string; message: string } };
      return { status: answer.status, code: json.error?.code, message: json.error?.message ?? '', text };
    },
    async member(email, role = 'member') {
      const account = await accounts.add({ email, name: email.split('@')[0] ?? email, password: TEST_PASSWORD, role });
      const answer = await call(null, 'POST', '/api/auth/sign-in/email', { email, password: TEST_PASSWORD });
      if (answer.status !== 200) throw new Error(`sign-in of ${email} answered ${answer.status}: ${await answer.text()}`);
      return { id: account.id, email: account.email, cookie: cookieOf(answer) };
    },
    async close() {
      await mailing.close();
      await store.close();
    },
  };
}
