import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from './helpers/app.js';
import { describeEachDialect } from './helpers/dialects.js';
import { createTeamTestApp, type TeamTestApp, type TestMember, teamBase } from './helpers/team-app.js';
import { openTestWorkspace } from './helpers/workspace.js';

interface Made {
  url: string;
  createdAt: string;
}

describeEachDialect('a member’s calendar feed by secret URL, and their mail settings', (_dialect, newDatabase) => {
  let team: TeamTestApp;
  let ada: TestMember;
  let bo: TestMember;

  /** Reads a feed as a calendar app does: no cookie, only the URL. */
  const feed = async (url: string) => {
    const answer = await team.call(null, 'GET', url.slice(teamBase.length));
    return { status: answer.status, type: answer.headers.get('content-type'), text: await answer.text() };
  };
  const outcome = async (who: TestMember, statement: string) => team.ok(who, 'POST', '/api/outcomes', { statement, status: 'active' }, 201);

  beforeEach(async () => {
    team = await createTeamTestApp(await newDatabase(), { today: '2026-12-08' });
    ada = await team.member('ada@example.com');
    bo = await team.member('bo@example.com');
    await outcome(ada, 'Ada ships the pricing page v2 by 2027-02-01');
    await outcome(bo, 'Bo cuts onboarding time by half by 2027-03-01');
  });
  afterEach(async () => {
    await team.close();
  });

  it('answers the owner’s next actions without a session, and 404 once revoked or replaced', async () => {
    expect(await team.ok(ada, 'GET', '/api/team/calendar-feed')).toEqual({ exists: false, createdAt: null });
    const made = await team.ok<Made>(ada, 'POST', '/api/team/calendar-feed', undefined, 201);
    expect(made.url).toMatch(new RegExp(`^${teamBase}/api/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    // Whether a feed exists is told; its URL never again.
    const state = await team.ok<Record<string, unknown>>(ada, 'GET', '/api/team/calendar-feed');
    expect(state).toEqual({ exists: true, createdAt: made.createdAt });
    expect(JSON.stringify(state)).not.toContain(made.url.split('/').at(-1)?.slice(0, 20));

    const read = await feed(made.url);
    expect(read.status).toBe(200);
    expect(read.type).toMatch(/^text\/calendar/);
    expect(read.text).toContain('BEGIN:VCALENDAR');
    expect(read.text).toContain('Ada ships the pricing page');
    expect(read.text).not.toContain('Bo cuts onboarding');

    const boFeed = await team.ok<Made>(bo, 'POST', '/api/team/calendar-feed', undefined, 201);
    expect((await feed(boFeed.url)).text).toContain('Bo cuts onboarding');
    expect((await feed(boFeed.url)).text).not.toContain('Ada ships');

    // A new URL replaces the old one.
    const rotated = await team.ok<Made>(ada, 'POST', '/api/team/calendar-feed', undefined, 201);
    expect(rotated.url).not.toBe(made.url);
    expect((await feed(made.url)).status).toBe(404);
    expect((await feed(rotated.url)).status).toBe(200);
    // Revoked, it is gone; Bo's feed is untouched.
    await team.ok(ada, 'DELETE', '/api/team/calendar-feed', undefined, 204);
    expect((await feed(rotated.url)).status).toBe(404);
    expect(await team.ok(ada, 'GET', '/api/team/calendar-feed')).toEqual({ exists: false, createdAt: null });
    expect((await team.call(ada, 'DELETE', '/api/team/calendar-feed')).status).toBe(404);
    expect((await feed(boFeed.url)).status).toBe(200);
  });

  it('serves only the exact shape of a feed URL without a session, and 404 for an unknown token', async () => {
    const unknown = `${teamBase}/api/calendar/${'A'.repeat(43)}.ics`;
    expect((await feed(unknown)).status).toBe(404);
    for (const path of [
      `/api/calendar/${'A'.repeat(42)}.ics`,
      `/api/calendar/${'A'.repeat(43)}.ics/x`,
      `/api/calendar/${'A'.repeat(43)}`,
      `/api/calendar/${'A'.repeat(43)}.ics.json`,
      '/api/team/calendar-feed',
      '/api/team/mail-settings',
      '/api/next-actions.ics',
    ]) {
      expect((await team.call(null, 'GET', path)).status, path).toBe(401);
    }
  });

  it('keeps each member’s mail settings their own, with privacy-first defaults and bounded input', async () => {
    expect(await team.ok(ada, 'GET', '/api/team/mail-settings')).toEqual({
      mailConfigured: false,
      digest: 'off',
      notices: true,
      email: 'ada@example.com',
    });
    expect(await team.ok(ada, 'PUT', '/api/team/mail-settings', { digest: 'weekly' })).toMatchObject({ digest: 'weekly', notices: true });
    expect(await team.ok(ada, 'PUT', '/api/team/mail-settings', { notices: false })).toMatchObject({ digest: 'weekly', notices: false });
    expect(await team.ok(bo, 'GET', '/api/team/mail-settings')).toMatchObject({ digest: 'off', notices: true, email: 'bo@example.com' });
    for (const bad of [{ digest: 'hourly' }, { notices: 'yes' }, { digest: 'daily', email: 'someone@else.example' }, []]) {
      const answer = await team.call(ada, 'PUT', '/api/team/mail-settings', bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('invalid_input');
    }
    expect(await team.ok(ada, 'GET', '/api/team/mail-settings')).toMatchObject({
      digest: 'weekly',
      notices: false,
      email: 'ada@example.com',
    });
  });

  it('has no mail settings or calendar feeds in solo mode', async () => {
    const solo = await openTestWorkspace(await newDatabase(), '2026-12-08');
    try {
      const app = createTestApp(solo.store);
      for (const [method, path] of [
        ['GET', '/api/team/mail-settings'],
        ['PUT', '/api/team/mail-settings'],
        ['GET', '/api/team/calendar-feed'],
        ['POST', '/api/team/calendar-feed'],
        ['DELETE', '/api/team/calendar-feed'],
        ['GET', `/api/calendar/${'A'.repeat(43)}.ics`],
      ] as const) {
        const answer = await app.request(`${testBase}${path}`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: method === 'PUT' ? JSON.stringify({ digest: 'daily' }) : method === 'GET' ? undefined : '{}',
        });
        expect(answer.status, `${method} ${path}`).toBe(404);
      }
    } finally {
      await solo.close();
    }
  });
});
