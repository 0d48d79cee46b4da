import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { cookieOf, createTeamTestApp, TEST_PASSWORD, type TeamTestApp, teamBase } from './helpers/team-app.js';

/*
 * The threat model's cases (docs/threat-model.md), each against the real team app: session
 * fixation, CSRF with cookie sessions, account enumeration on sign-in and reset, brute force
 * across processes, and an admin trying to read a member's notes.
 */

const post = (team: TeamTestApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
  team.app.request(`${teamBase}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describeEachDialect('team server security', (_dialect, newDatabase) => {
  const opened: TeamTestApp[] = [];
  afterEach(async () => {
    while (opened.length) await opened.pop()?.close();
  });
  const teamOn = async (url: string, trustProxy = false) => {
    const team = await createTeamTestApp(url, { trustProxy });
    opened.push(team);
    return team;
  };

  it('session fixation: a planted session cookie is never adopted; sign-in issues a new token and sign-out ends it', async () => {
    const team = await teamOn(await newDatabase());
    await team.accounts.add({ email: 'ada@example.com', name: 'Ada', password: TEST_PASSWORD, role: 'member' });
    const planted = 'understudy.session_token=attacker-chosen-token.signature';
    expect((await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie: planted } })).status).toBe(401);
    const signedIn = await post(
      team,
      '/api/auth/sign-in/email',
      { email: 'ada@example.com', password: TEST_PASSWORD },
      { cookie: planted },
    );
    expect(signedIn.status).toBe(200);
    const cookie = cookieOf(signedIn);
    expect(cookie).toMatch(/^understudy\.session_token=/);
    expect(cookie).not.toContain('attacker-chosen-token');
    expect((await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie: planted } })).status).toBe(401);
    expect((await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie } })).status).toBe(200);
    expect((await post(team, '/api/auth/sign-out', {}, { cookie })).status).toBe(200);
    expect((await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie } })).status).toBe(401);
  });

  it('a session in daily use is refreshed, and its cookie sent again with the new lifetime', async () => {
    const team = await teamOn(await newDatabase());
    await team.accounts.add({ email: 'ada@example.com', name: 'Ada', password: TEST_PASSWORD, role: 'member' });
    const signedIn = await post(team, '/api/auth/sign-in/email', { email: 'ada@example.com', password: TEST_PASSWORD });
    const cookie = cookieOf(signedIn);
    // A fresh session is not refreshed: no cookie goes back.
    const fresh = await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.getSetCookie()).toEqual([]);
    // Two days later (the session made two days earlier), the next request refreshes it.
    const sessions = () => team.store.db.selectFrom('authSessions').select(['id', 'expiresAt']).execute();
    const [session] = await sessions();
    const moved = new Date(new Date(session?.expiresAt as string | Date).getTime() - 2 * 86_400_000);
    const stored = typeof session?.expiresAt === 'string' ? moved.toISOString() : moved;
    await team.store.db.updateTable('authSessions').set({ expiresAt: stored }).where('id', '=', session?.id).execute();
    const used = await team.app.request(`${teamBase}/api/outcomes`, { headers: { cookie } });
    expect(used.status).toBe(200);
    const again = used.headers.getSetCookie().find((c) => c.startsWith('understudy.session_token='));
    expect(again).toMatch(/Max-Age=1209600/);
    expect(again?.split(';')[0]).toBe(cookie.split('; ').find((c) => c.startsWith('understudy.session_token=')));
    const [refreshed] = await sessions();
    expect(new Date(refreshed?.expiresAt as string | Date).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });

  it('CSRF: a signed-in member’s cookie is refused on writes from another site, and the cookie is SameSite=Lax and HttpOnly', async () => {
    const team = await teamOn(await newDatabase());
    await team.accounts.add({ email: 'ada@example.com', name: 'Ada', password: TEST_PASSWORD, role: 'member' });
    const signedIn = await post(team, '/api/auth/sign-in/email', { email: 'ada@example.com', password: TEST_PASSWORD });
    const setCookie = signedIn.headers.getSetCookie()[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = cookieOf(signedIn);
    const outcome = { statement: 'Raise activation from 20% to 30% by March', status: 'active' };
    const forged = await post(team, '/api/outcomes', outcome, { cookie, origin: 'https://evil.example' });
    expect(forged.status).toBe(403);
    const crossSite = await post(team, '/api/outcomes', outcome, { cookie, 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    const signOut = await post(team, '/api/auth/sign-out', {}, { cookie, origin: 'https://evil.example' });
    expect(signOut.status).toBe(403);
    expect(((await (await team.call({ id: '', email: '', cookie }, 'GET', '/api/outcomes')).json()) as { items: unknown[] }).items).toEqual(
      [],
    );
    expect((await post(team, '/api/outcomes', outcome, { cookie, origin: teamBase })).status).toBe(201);
  });

  it('account enumeration: sign-in and password reset answer alike for an unknown email and a known one', async () => {
    const team = await teamOn(await newDatabase(), true);
    await team.accounts.add({ email: 'ada@example.com', name: 'Ada', password: TEST_PASSWORD, role: 'member' });
    const attempt = (email: string, address: string) =>
      post(team, '/api/auth/sign-in/email', { email, password: 'not the right passphrase' }, { 'x-forwarded-for': address });
    const known = await attempt('ada@example.com', '10.1.0.1');
    const unknown = await attempt('nobody@example.com', '10.1.0.2');
    expect([known.status, unknown.status]).toEqual([401, 401]);
    expect(await unknown.json()).toEqual(await known.json());

    const reset = (email: string, address: string) =>
      post(team, '/api/auth/request-password-reset', { email }, { 'x-forwarded-for': address });
    const resetKnown = await reset('ada@example.com', '10.1.0.3');
    const resetUnknown = await reset('nobody@example.com', '10.1.0.4');
    expect(resetKnown.status).toBe(200);
    expect(resetUnknown.status).toBe(resetKnown.status);
    expect(await resetUnknown.json()).toEqual(await resetKnown.json());
    // Self-service sign-up does not exist: accounts come from the operator or an invitation.
    const signUp = await post(team, '/api/auth/sign-up/email', { email: 'eve@example.com', password: TEST_PASSWORD, name: 'Eve' });
    expect(signUp.status).toBeGreaterThanOrEqual(400);
    expect(await team.accounts.find('eve@example.com')).toBeUndefined();
  });

  it('a password reset link works once, for its account only, and ends the account’s sessions', async () => {
    const links: Array<[string, string]> = [];
    const team = await createTeamTestApp(await newDatabase(), { deliverResetLink: async (email, url) => void links.push([email, url]) });
    opened.push(team);
    const ada = await team.member('ada@example.com');
    expect((await post(team, '/api/auth/request-password-reset', { email: 'nobody@example.com' })).status).toBe(200);
    expect((await post(team, '/api/auth/request-password-reset', { email: 'ada@example.com' })).status).toBe(200);
    await expect.poll(() => links.length).toBe(1);
    const [email, link] = links[0] ?? ['', ''];
    expect(email).toBe('ada@example.com');
    const token = /\/reset-password\/([^?]+)/.exec(link)?.[1] ?? '';
    expect(token).not.toBe('');
    const newPassword = 'a brand new passphrase';
    expect((await post(team, '/api/auth/reset-password', { token, newPassword })).status).toBe(200);
    expect((await team.call(ada, 'GET', '/api/outcomes')).status).toBe(401);
    expect((await post(team, '/api/auth/reset-password', { token, newPassword: 'yet another passphrase' })).status).toBe(400);
    expect((await post(team, '/api/auth/sign-in/email', { email: 'ada@example.com', password: newPassword })).status).toBe(200);
    expect((await post(team, '/api/auth/sign-in/email', { email: 'ada@example.com', password: TEST_PASSWORD })).status).toBe(401);
  });

  it('brute force: attempts from one address are limited on every process together, the right password included', async () => {
    const url = await newDatabase();
    const one = await teamOn(url, true);
    const two = await teamOn(url, true);
    await one.accounts.add({ email: 'ada@example.com', name: 'Ada', password: TEST_PASSWORD, role: 'member' });
    const attempt = (team: TeamTestApp, password: string, address = '10.2.0.1') =>
      post(team, '/api/auth/sign-in/email', { email: 'ada@example.com', password }, { 'x-forwarded-for': address });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) statuses.push((await attempt(i % 2 ? one : two, `guess ${i} of many`)).status);
    expect(statuses).toEqual(Array(10).fill(401));
    expect((await attempt(one, TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(two, TEST_PASSWORD)).status).toBe(429);
    expect((await attempt(two, TEST_PASSWORD, '10.2.0.2')).status).toBe(200);
  });

  it('an admin cannot read a member’s notes, make themself anyone else, or turn a member into an admin through the sign-in endpoints', async () => {
    const team = await teamOn(await newDatabase());
    const lead = await team.member('lead@example.com', 'admin');
    const bo = await team.member('bo@example.com');
    const mentor = await team.call(bo, 'POST', '/api/mentors', {
      name: 'Maya Chen',
      expertise: ['strategy'],
      notes: 'Private: nervous about the reorg',
    });
    expect(mentor.status).toBe(201);
    const { id: mentorId } = (await mentor.json()) as { id: string };
    const outcome = await team.call(bo, 'POST', '/api/outcomes', { statement: 'Ship pricing page v2 by May', status: 'active' });
    const { id: outcomeId } = (await outcome.json()) as { id: string };
    for (const path of [`/api/mentors/${mentorId}`, `/api/outcomes/${outcomeId}`]) {
      expect((await team.call(lead, 'GET', path)).status).toBe(404);
      expect((await team.call(lead, 'PATCH', path, { notes: 'overwritten' })).status).toBe(404);
      expect((await team.call(lead, 'DELETE', path)).status).toBe(404);
    }
    const members = await (await team.call(lead, 'GET', '/api/team/members')).text();
    expect(members).toContain('bo@example.com');
    expect(members).not.toContain('nervous about the reorg');
    expect(members).not.toContain('pricing page');
    // No impersonation or user-administration endpoints exist.
    for (const path of ['/api/auth/admin/impersonate-user', '/api/auth/admin/set-role', '/api/auth/admin/list-users']) {
      expect((await team.call(lead, 'POST', path, { userId: bo.id, role: 'admin' })).status).toBe(404);
    }
    // A member cannot raise their own role: the library's profile endpoint is not offered.
    expect((await team.call(bo, 'POST', '/api/auth/update-user', { role: 'admin', name: 'Bo' })).status).toBe(404);
    expect((await team.accounts.find(bo.id))?.role).toBe('member');
    expect((await team.call(bo, 'POST', '/api/team/invitations', { role: 'admin' })).status).toBe(403);
  });
});
