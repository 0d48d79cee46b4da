import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser, type TestServer } from './harness.js';
import { callApi, signIn, startTeamTestServer } from './team-harness.js';

const ada = { email: 'ada@team.example', name: 'Ada Lovelace', password: 'ada has a long passphrase', role: 'member' as const };
const bo = { email: 'bo@team.example', name: 'Bo Chen', password: 'bo picks a long one too', role: 'member' as const };

const ask =
  'Hi Ada, I watched your talk on pricing ladders. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';

/** Signs in on the page the app opened at, and waits for the app. */
async function signInAndWait(page: Page, who: { email: string; password: string }): Promise<void> {
  await signIn(page, who.email, who.password);
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}

/** A page, with what makes it show its parts (rows of a form, findings that held a message back). */
interface Checked {
  path: string;
  heading: string;
  prepare?: (page: Page) => Promise<unknown>;
}

/** Serious and critical WCAG 2 A and AA violations on each page, in the light and dark themes. */
async function violations(page: Page, base: string, pages: readonly Checked[]): Promise<string[]> {
  const problems: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const { path, heading, prepare } of pages) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      await prepare?.(page);
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      for (const v of results.violations) {
        if (v.impact !== 'serious' && v.impact !== 'critical') continue;
        problems.push(`${scheme} ${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
  }
  return problems;
}

describe('accessibility of the team-mentoring pages (axe-core, WCAG 2 A and AA)', () => {
  let server: TestServer;
  let browserA: TestBrowser;
  let browserB: TestBrowser;
  let a: Page;
  let b: Page;
  const ids = { ada: '', gap: '', conversation: '' };
  beforeAll(async () => {
    server = await startTeamTestServer({ today: '2026-12-08', accounts: [ada, bo] });
    // The checker is injected as a script, which the app's policy would rightly refuse.
    [browserA, browserB] = await Promise.all([launchBrowser([], { bypassCSP: true }), launchBrowser([], { bypassCSP: true })]);
    a = await browserA.newPage();
    b = await browserB.newPage();
    await a.goto(`${server.url}/inbox`);
    await signInAndWait(a, ada);
    await b.goto(`${server.url}/inbox`);
    await signInAndWait(b, bo);
    // Ada offers to mentor; Bo asks her about his strategy gap; she replies; he shares his record.
    ids.ada = (await callApi<{ id: string }>(a, 'GET', '/api/account')).id;
    await callApi(a, 'PUT', '/api/team/offer', {
      skills: ['strategy'],
      tags: ['pricing'],
      evidence: [{ criterion: 'explaining', url: 'https://example.com/talks/pricing-ladders', note: 'Talk on pricing ladders' }],
      asksPerMonth: 2,
      acceptsBackstage: true,
      officeHours: { cadence: 'weekly', timeZone: 'UTC', slots: [{ weekday: 'tuesday', time: '14:00', minutes: 30 }] },
    });
    ids.gap = (
      await callApi<{ id: string }>(b, 'POST', '/api/gaps', {
        statement: 'I cannot write a pricing strategy the exec team adopts',
        skill: 'strategy',
      })
    ).id;
    const sent = await callApi<{ conversation: { id: string } }>(b, 'POST', '/api/team/messages', {
      to: ids.ada,
      body: ask,
      gapId: ids.gap,
    });
    ids.conversation = sent.conversation.id;
    await callApi(a, 'POST', `/api/team/conversations/${ids.conversation}/reply`, {
      body: 'Try showing the annual price as a monthly figure. You should also test a decoy plan.',
    });
    await callApi(b, 'POST', `/api/team/conversations/${ids.conversation}/record-sharing`, { shared: true });
  }, 120_000);
  afterAll(async () => {
    await Promise.all([browserA?.cleanup(), browserB?.cleanup()]);
    await server?.close();
  });

  it('finds no serious or critical violation on the mentee’s pages, in both themes', { timeout: 180_000 }, async () => {
    const problems = await violations(b, server.url, [
      {
        path: '/offer',
        heading: 'Offer to mentor',
        prepare: async (page) => {
          await page.getByRole('button', { name: 'Add evidence' }).click();
          await page.getByRole('switch', { name: 'Offer office hours' }).check();
          await page.getByRole('group', { name: 'Slot 1' }).waitFor();
        },
      },
      { path: '/directory', heading: 'Mentor directory' },
      {
        path: '/inbox',
        heading: 'Inbox',
        prepare: (page) => page.getByRole('region', { name: 'Your office hours' }).getByText('None booked.', { exact: false }).waitFor(),
      },
      {
        path: `/inbox/${ids.conversation}`,
        heading: `Conversation with ${ada.name}`,
        // Ada's office hours, which Bo may not book before a circle-back: the reason and the disabled buttons.
        prepare: async (page) => {
          await page.getByRole('list', { name: 'Advice in this reply' }).waitFor();
          await page.getByRole('region', { name: 'Office hours' }).getByRole('alert').waitFor();
          await page
            .getByRole('list', { name: `${ada.name}’s slots` })
            .getByRole('listitem')
            .first()
            .waitFor();
        },
      },
      {
        path: `/inbox/new?to=${ids.ada}&kind=circle-back`,
        heading: `Write to ${ada.name} in the app`,
        prepare: async (page) => {
          await page.getByRole('textbox', { name: 'Circle-back message' }).click();
          await page.keyboard.insertText('Thanks!');
          await page.getByRole('button', { name: 'Send in the app' }).click();
          await page.getByRole('region', { name: 'Findings that held it back' }).waitFor();
        },
      },
      {
        path: `/coach?gap=${ids.gap}`,
        heading: 'Coach',
        prepare: (page) => page.getByRole('list', { name: 'Shortlist' }).waitFor(),
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('finds no serious or critical violation on the mentor’s pages, in both themes', { timeout: 120_000 }, async () => {
    const problems = await violations(a, server.url, [
      { path: '/offer', heading: 'Offer to mentor', prepare: (page) => page.getByRole('group', { name: 'Evidence 1' }).waitFor() },
      { path: '/directory', heading: 'Mentor directory' },
      {
        path: `/inbox/${ids.conversation}`,
        heading: `Conversation with ${bo.name}`,
        prepare: (page) =>
          page
            .getByRole('region', { name: `${bo.name}’s record as a mentee` })
            .getByRole('status')
            .waitFor(),
      },
    ]);
    expect(problems).toEqual([]);
  });

  it('finds no serious or critical violation in office hours once booked, for both people, in both themes', {
    timeout: 180_000,
  }, async () => {
    // Bo applies Ada's advice, circles back and books her first free slot (the browser flow is proved elsewhere).
    const opened = await callApi<{ messages: Array<{ kind: string; loggedMessageId?: string | null }> }>(
      b,
      'GET',
      `/api/team/conversations/${ids.conversation}`,
    );
    const messageId = opened.messages.find((m) => m.kind === 'reply')?.loggedMessageId;
    const advice = (await callApi<{ advice: Array<{ id: string }> }>(b, 'POST', '/api/advice/capture', { messageId })).advice[0]?.id;
    await callApi(b, 'POST', `/api/advice/${advice}/apply`, { context: 'the plans page' });
    await callApi(b, 'POST', `/api/advice/${advice}/result`, { result: 'Annual uptake went from 20% to 26%' });
    await callApi(b, 'POST', '/api/team/messages', {
      to: ids.ada,
      kind: 'circle-back',
      body: 'Thanks Ada! I tried your advice to show the annual price as a monthly figure on our plans page, and annual uptake went from 20% to 26% in two weeks.',
    });
    const hours = await callApi<{ occurrences: Array<{ startsAt: string }> }>(b, 'GET', `/api/team/mentors/${ids.ada}/office-hours`);
    await callApi(b, 'POST', '/api/team/bookings', { mentorUserId: ids.ada, startsAt: hours.occurrences[0]?.startsAt });

    const booked = (name: string) => (page: Page) =>
      page
        .getByRole('list', { name })
        .getByRole('listitem', { name: /^Office hours with / })
        .waitFor();
    const problems = [
      ...(await violations(b, server.url, [
        {
          path: `/inbox/${ids.conversation}`,
          heading: `Conversation with ${ada.name}`,
          prepare: booked(`Your office hours with ${ada.name}`),
        },
        { path: '/inbox', heading: 'Inbox', prepare: booked('Your office hours') },
      ])),
      ...(await violations(a, server.url, [
        { path: `/inbox/${ids.conversation}`, heading: `Conversation with ${bo.name}`, prepare: booked(`Office hours ${bo.name} booked`) },
        { path: '/inbox', heading: 'Inbox', prepare: booked('Your office hours') },
      ])),
    ];
    expect(problems).toEqual([]);
  });
});
