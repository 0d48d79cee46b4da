import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { CLIENT_ADDRESS_HEADER } from '../../core/accounts/ports.js';
import { createClock } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { openStore } from '../open-store.js';
import { SIGN_IN_LIMIT } from './better-auth-accounts.js';

const PUBLIC_URL = 'http://team.example:4477';
const password = 'a long enough passphrase';

function signIn(accounts: { handle(r: Request): Promise<Response> }, email: string, secret: string, address = '10.0.0.1') {
  return accounts.handle(
    new Request(`${PUBLIC_URL}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PUBLIC_URL, [CLIENT_ADDRESS_HEADER]: address },
      body: JSON.stringify({ email, password: secret }),
    }),
  );
}

function cookieOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describeEachDialect('team accounts', (_dialect, newDatabase) => {
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (closers.length) await closers.pop()?.();
  });
  const open = async (url: string) => {
    const store = await openStore({ url });
    closers.push(() => store.close());
    return { store, accounts: await store.accounts({ publicUrl: PUBLIC_URL }, createClock('2026-12-07')) };
  };

  it('adds an account with its own workspace, signs it in, and a second store on the same database accepts the session', async () => {
    const url = await newDatabase();
    const { store, accounts } = await open(url);
    const ada = await accounts.add({ email: ' Ada@Example.com ', name: 'Ada', password, role: 'admin' });
    expect(ada).toMatchObject({ email: 'ada@example.com', name: 'Ada', role: 'admin' });
    expect(await store.getUser(ada.id)).toMatchObject({ id: ada.id, name: 'Ada' });
    expect(await accounts.list()).toEqual([ada]);

    const answer = await signIn(accounts, 'ada@example.com', password);
    expect(answer.status).toBe(200);
    const cookie = cookieOf(answer);
    expect(answer.headers.getSetCookie()[0]).toMatch(/HttpOnly/i);
    expect(await accounts.signedIn(new Headers({ cookie }))).toEqual({ userId: ada.id, role: 'admin' });

    // Another process: its own store and library instance, the same database.
    const other = await open(url);
    expect(await other.accounts.signedIn(new Headers({ cookie }))).toEqual({ userId: ada.id, role: 'admin' });

    // A session started two days ago is refreshed through the library and still accepted, and its
    // cookie is to be sent again with the new lifetime.
    const dayMs = 86_400_000;
    const shifted = new Date(Date.now() + 12 * dayMs);
    await store.db
      .updateTable('authSessions')
      .set({ expiresAt: _dialect === 'postgres' ? shifted : shifted.toISOString() })
      .execute();
    expect(await accounts.signedIn(new Headers({ cookie }))).toEqual({
      userId: ada.id,
      role: 'admin',
      setCookies: [expect.stringMatching(new RegExp(`^${cookie.split(';')[0]}; Max-Age=1209600;`))],
    });
    const refreshed = await store.db.selectFrom('authSessions').select('expiresAt').executeTakeFirstOrThrow();
    expect(new Date(refreshed.expiresAt as string).getTime()).toBeGreaterThan(Date.now() + 13 * dayMs);

    await accounts.signOutEverywhere(ada.id);
    expect(await other.accounts.signedIn(new Headers({ cookie }))).toBeNull();
  });

  it('refuses a wrong password and an unknown email with the same answer, and limits attempts per address', async () => {
    const { accounts } = await open(await newDatabase());
    await accounts.add({ email: 'bo@example.com', name: 'Bo', password, role: 'member' });
    const wrong = await signIn(accounts, 'bo@example.com', 'not the password at all', '10.0.0.2');
    const unknown = await signIn(accounts, 'nobody@example.com', 'not the password at all', '10.0.0.3');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(await unknown.json()).toEqual(await wrong.json());

    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.max + 1; i += 1)
      statuses.push((await signIn(accounts, 'bo@example.com', `guess number ${i}`, '10.0.0.4')).status);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password waits out the window from that address; another address is not held up.
    expect((await signIn(accounts, 'bo@example.com', password, '10.0.0.4')).status).toBe(429);
    expect((await signIn(accounts, 'bo@example.com', password, '10.0.0.5')).status).toBe(200);
  });

  it('removes an account with its sessions and every record of its workspace', async () => {
    const { store, accounts } = await open(await newDatabase());
    const cy = await accounts.add({ email: 'cy@example.com', name: 'Cy', password, role: 'member' });
    const cookie = cookieOf(await signIn(accounts, 'cy@example.com', password));
    const now = '2026-12-07T10:00:00.000Z';
    await store
      .workspace(cy.id)
      .table('outcomes')
      .insert({
        id: newId(),
        userId: cy.id,
        statement: 'Raise activation',
        kind: null,
        metric: null,
        direction: null,
        baseline: null,
        target: null,
        unit: null,
        deadline: null,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      } as never);
    expect(await accounts.remove(cy.id)).toBe(true);
    expect(await accounts.signedIn(new Headers({ cookie }))).toBeNull();
    expect(await store.getUser(cy.id)).toBeUndefined();
    expect(await store.workspace(cy.id).table('outcomes').list()).toEqual([]);
    expect(await accounts.remove(cy.id)).toBe(false);
  });

  it('turns an invitation into a signed-in account once, and refuses a reused or mismatched link alike', async () => {
    const { accounts } = await open(await newDatabase());
    const admin = await accounts.add({ email: 'lead@example.com', name: 'Lead', password, role: 'admin' });
    const invitation = await accounts.invite(admin.id, { email: 'dee@example.com', role: 'member', days: 7 });
    const headers = new Headers({ origin: PUBLIC_URL, [CLIENT_ADDRESS_HEADER]: '10.0.0.9' });
    const wrongEmail = accounts.acceptInvitation(invitation.token, { email: 'eve@example.com', name: 'Eve', password }, headers);
    await expect(wrongEmail).rejects.toMatchObject({ code: 'invalid_input' });
    const accepted = await accounts.acceptInvitation(invitation.token, { email: 'dee@example.com', name: 'Dee', password }, headers);
    expect(accepted.status).toBe(200);
    expect(await accounts.signedIn(new Headers({ cookie: cookieOf(accepted) }))).toMatchObject({ role: 'member' });
    const again = accounts.acceptInvitation(invitation.token, { email: 'dee@example.com', name: 'Dee', password }, headers);
    await expect(again).rejects.toMatchObject({ code: 'invalid_input', message: (await wrongEmail.catch((e) => e)).message });
  });
});
