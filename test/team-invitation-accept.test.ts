import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { cookieOf, createTeamTestApp, type TeamTestApp } from './helpers/team-app.js';

describeEachDialect('accepting an invitation over HTTP', (_dialect, newDatabase) => {
  let team: TeamTestApp | undefined;
  afterEach(async () => {
    await team?.close();
  });

  it('makes the account and signs it in with a session cookie; the link works once', async () => {
    team = await createTeamTestApp(await newDatabase());
    const admin = await team.member('ada@example.com', 'admin');
    const invited = await team.call(admin, 'POST', '/api/team/invitations', { role: 'member' });
    expect(invited.status).toBe(201);
    const token = new URL(((await invited.json()) as { url: string }).url).hash.split('token=')[1] ?? '';
    const body = { token: decodeURIComponent(token), email: 'Bo@Example.com', name: 'Bo', password: 'a long enough passphrase' };
    const accepted = await team.call(null, 'POST', '/api/invitations/accept', body);
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ email: 'bo@example.com', name: 'Bo', role: 'member' });
    const cookie = cookieOf(accepted);
    expect(cookie).toContain('session_token=');
    const me = await team.app.request('http://127.0.0.1:4477/api/account', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ email: 'bo@example.com' });
    const again = await team.call(null, 'POST', '/api/invitations/accept', { ...body, email: 'cy@example.com' });
    expect(again.status).toBe(400);
  });

  it('keeps the account’s name in step with the profile’s: the member’s menu and the admin’s list show the new name', async () => {
    team = await createTeamTestApp(await newDatabase());
    const admin = await team.member('ada@example.com', 'admin');
    const bo = await team.member('bo@example.com');
    const renamed = await team.ok<{ name: string }>(bo, 'PATCH', '/api/me', { name: 'Bo Builder', role: 'Senior PM' });
    expect(renamed.name).toBe('Bo Builder');
    expect(await team.ok(bo, 'GET', '/api/account')).toMatchObject({ name: 'Bo Builder' });
    const members = await team.ok<Array<{ email: string; name: string }>>(admin, 'GET', '/api/team/members');
    expect(members.find((m) => m.email === 'bo@example.com')?.name).toBe('Bo Builder');
    // A change without a name leaves the account's name as it is.
    await team.ok(bo, 'PATCH', '/api/me', { level: 'senior' });
    expect(await team.ok(bo, 'GET', '/api/account')).toMatchObject({ name: 'Bo Builder' });
  });
});
