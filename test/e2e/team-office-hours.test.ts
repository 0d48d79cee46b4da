import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type TestBrowser, type TestServer } from './harness.js';
import { callApi, signIn, startTeamTestServer } from './team-harness.js';

const ada = { email: 'ada@team.example', name: 'Ada Lovelace', password: 'ada has a long passphrase', role: 'member' as const };
const bo = { email: 'bo@team.example', name: 'Bo Chen', password: 'bo picks a long one too', role: 'member' as const };

const ask =
  'Hi Ada, I watched your talk on pricing ladders. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
const reply = 'Thanks for asking! Try showing the annual price as a monthly figure. You should also test a decoy plan. Good luck.';
const circleBack =
  'Thanks Ada! I tried your advice to show the annual price as a monthly figure on our plans page, and annual uptake went from 20% to 26% in two weeks.';

/**
 * Ada's office hours: Thursdays at 09:30 in Paris, 20 minutes. The server's day is Tuesday
 * 2026-12-08, so the first start is Thursday 2026-12-10 at 08:30 UTC: 03:30 in New York (Bo's
 * browser) and 17:30 in Tokyo (Ada's).
 */
const officeHours = { cadence: 'weekly', timeZone: 'Europe/Paris', slots: [{ weekday: 'thursday', time: '09:30', minutes: 20 }] };
const firstForBo = 'Thursday 10 December, 03:30';
const firstForAda = 'Thursday 10 December, 17:30';

/** Signs in on the page the app opened at, and waits for the app. */
async function signInAndWait(page: Page, who: { email: string; password: string }): Promise<void> {
  await signIn(page, who.email, who.password);
  await page.getByRole('navigation', { name: 'Pages' }).waitFor();
}

describe('office hours in Chromium: a mentee books a colleague’s slot after a circle-back, with an invitation', () => {
  let server: TestServer;
  let browserA: TestBrowser;
  let browserB: TestBrowser;
  beforeAll(async () => {
    server = await startTeamTestServer({ today: '2026-12-08', accounts: [ada, bo] });
    // Two people in two time zones, neither of them the mentor's.
    [browserA, browserB] = await Promise.all([
      launchBrowser([], { timezoneId: 'Asia/Tokyo' }),
      launchBrowser([], { timezoneId: 'America/New_York' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([browserA?.cleanup(), browserB?.cleanup()]);
    await server?.close();
  });

  it('B sees A’s slots on B’s clock, may book only after a circle-back that passed, books one and downloads its invitation; A sees who booked; the slot is taken', {
    timeout: 180_000,
  }, async () => {
    const a = await browserA.newPage();
    await a.goto(`${server.url}/inbox`);
    await signInAndWait(a, ada);
    const adaId = (await callApi<{ id: string }>(a, 'GET', '/api/account')).id;
    await callApi(a, 'PUT', '/api/team/offer', { skills: ['strategy'], asksPerMonth: 3, officeHours });

    // Bo asks Ada in the app and she replies (the browser flow of this is proved elsewhere).
    const b = await browserB.newPage();
    await b.goto(`${server.url}/directory`);
    await signInAndWait(b, bo);
    const adaCard = b.getByRole('listitem', { name: ada.name });
    await expect.poll(() => adaCard.textContent()).toContain('Office hours: Weekly, Europe/Paris: Thursday 09:30 (20 min)');
    const sent = await callApi<{ sent: boolean; conversation: { id: string } }>(b, 'POST', '/api/team/messages', { to: adaId, body: ask });
    expect(sent.sent).toBe(true);
    const conversation = `${server.url}/inbox/${sent.conversation.id}`;
    await callApi(a, 'POST', `/api/team/conversations/${sent.conversation.id}/reply`, { body: reply });

    // Before a circle-back, Bo sees the slots on his clock, each free, and may not book: the reason shows.
    await b.goto(conversation);
    const panel = b.getByRole('region', { name: 'Office hours' });
    const slots = panel.getByRole('list', { name: `${ada.name}’s slots` });
    await expect.poll(() => slots.getByRole('listitem').count()).toBe(8);
    expect(await panel.textContent()).toContain('written in Europe/Paris time');
    expect(await panel.textContent()).toContain('in your time zone (America/New_York)');
    const first = slots.getByRole('listitem', { name: firstForBo });
    expect(await first.textContent()).toContain('Thursday 09:30 in Europe/Paris · 20 min');
    expect(await first.getByTestId('slot-state').textContent()).toBe('Free');
    const bookFirst = first.getByRole('button', { name: `Book ${firstForBo}` });
    expect(await bookFirst.isDisabled()).toBe(true);
    const reason = panel.getByRole('alert').filter({ hasText: 'You cannot book yet' });
    expect(await reason.textContent()).toContain(`Office hours with ${ada.name} come after a circle-back that passed its check`);
    expect(await bookFirst.getAttribute('aria-describedby')).toBe(await reason.getAttribute('id'));
    for (const button of await slots.getByRole('button', { name: /^Book / }).all()) expect(await button.isDisabled()).toBe(true);

    // Bo applies Ada's advice and circles back with a message that passes its check.
    const opened = await callApi<{ messages: Array<{ kind: string; loggedMessageId?: string | null }> }>(
      b,
      'GET',
      `/api/team/conversations/${sent.conversation.id}`,
    );
    const logged = opened.messages.find((m) => m.kind === 'reply')?.loggedMessageId;
    const captured = await callApi<{ advice: Array<{ id: string }> }>(b, 'POST', '/api/advice/capture', { messageId: logged });
    const advice = captured.advice[0]?.id as string;
    await callApi(b, 'POST', `/api/advice/${advice}/apply`, { context: 'the plans page' });
    await callApi(b, 'POST', `/api/advice/${advice}/result`, { result: 'Annual uptake went from 20% to 26%' });
    const circled = await callApi<{ sent: boolean; check: { verdict: string } }>(b, 'POST', '/api/team/messages', {
      to: adaId,
      kind: 'circle-back',
      body: circleBack,
    });
    expect(circled).toMatchObject({ sent: true, check: { verdict: 'pass' } });

    // Now the free slots can be booked. A second tab of Bo's keeps the slots as they were.
    await b.reload();
    await expect.poll(() => bookFirst.isEnabled()).toBe(true);
    expect(await reason.count()).toBe(0);
    const stale = await browserB.newPage();
    await stale.goto(conversation);
    const staleFirst = stale.getByRole('list', { name: `${ada.name}’s slots` }).getByRole('listitem', { name: firstForBo });
    await expect.poll(() => staleFirst.getByRole('button', { name: `Book ${firstForBo}` }).isEnabled()).toBe(true);

    await bookFirst.click();
    const booked = panel.getByRole('list', { name: `Your office hours with ${ada.name}` }).getByRole('listitem', {
      name: `Office hours with ${ada.name}, ${firstForBo}`,
    });
    await booked.waitFor();
    await expect.poll(() => first.getByTestId('slot-state').textContent()).toBe('Taken (yours)');
    expect(await bookFirst.isDisabled()).toBe(true);
    expect(await slots.getByRole('listitem', { name: 'Thursday 17 December, 03:30' }).getByTestId('slot-state').textContent()).toBe('Free');
    // One booking at a time: the next week's slot is free, and Bo is told why he cannot take it yet.
    expect(await slots.getByRole('listitem', { name: 'Thursday 17 December, 03:30' }).getByRole('button').isDisabled()).toBe(true);
    await expect.poll(() => reason.textContent()).toMatch(/book the next ones after them/);
    await screenshot(b, 'office-hours-booked');

    // The invitation: one event, at the slot's start in UTC.
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      booked.getByRole('link', { name: 'Download invitation (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('office-hours-2026-12-10.ics');
    const lines = readFileSync(await download.path(), 'utf8')
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain('DTSTART:20261210T083000Z');
    expect(lines).toContain('DTEND:20261210T085000Z');

    // The tab that still showed it free cannot book it twice: the server says Bo holds it, and the slot shows so.
    await staleFirst.getByRole('button', { name: `Book ${firstForBo}` }).click();
    const notBooked = stale.getByRole('alert').filter({ hasText: 'Not booked' });
    await expect.poll(() => notBooked.textContent()).toMatch(/You have booked Ada Lovelace's office hours on 2026-12-10 at 08:30 UTC/);
    await expect.poll(() => staleFirst.getByTestId('slot-state').textContent()).toBe('Taken (yours)');
    expect(await staleFirst.getByRole('button', { name: `Book ${firstForBo}` }).isDisabled()).toBe(true);

    // Bo's office hours to come, on his inbox page.
    await b.goto(`${server.url}/inbox`);
    const bosHours = b.getByRole('list', { name: 'Your office hours' });
    await expect.poll(() => bosHours.getByRole('listitem').allTextContents()).toHaveLength(1);
    expect(await bosHours.getByRole('listitem', { name: `Office hours with ${ada.name}, ${firstForBo}` }).textContent()).toContain(
      `Your office hours with ${ada.name}.`,
    );

    // Ada sees who booked her slot, on her clock, with the invitation; and in their conversation.
    await a.goto(`${server.url}/inbox`);
    const adasHours = a.getByRole('list', { name: 'Your office hours' });
    const hers = adasHours.getByRole('listitem', { name: `Office hours with ${bo.name}, ${firstForAda}` });
    await expect.poll(() => hers.textContent()).toContain(`${bo.name} booked your office hours.`);
    expect(await adasHours.getByRole('listitem').count()).toBe(1);
    expect(await hers.getByRole('link', { name: 'Download invitation (.ics)' }).getAttribute('href')).toMatch(
      /^\/api\/team\/bookings\/[^/]+\/invitation\.ics$/,
    );
    await screenshot(a, 'office-hours-mentor-inbox');
    await hers.getByRole('link', { name: `Conversation with ${bo.name}` }).click();
    await a.getByRole('heading', { level: 2, name: `Conversation with ${bo.name}` }).waitFor();
    await a
      .getByRole('region', { name: `Office hours ${bo.name} booked` })
      .getByRole('listitem', { name: `Office hours with ${bo.name}, ${firstForAda}` })
      .waitFor();
    expect(await a.getByRole('list', { name: `${bo.name}’s slots` }).count()).toBe(0);

    // Bo cancels from his list, after confirming: it leaves both lists and the start is free again.
    await b.goto(`${server.url}/inbox`);
    const mine = b.getByRole('list', { name: 'Your office hours' });
    b.once('dialog', (dialog) => void dialog.accept());
    await mine.getByRole('button', { name: `Cancel the office hours with ${ada.name}, ${firstForBo}` }).click();
    await expect.poll(() => mine.getByRole('listitem').count()).toBe(0);
    await a.goto(`${server.url}/inbox`);
    await a.getByText('None booked.', { exact: false }).waitFor();
    expect(await a.getByRole('listitem', { name: `Office hours with ${bo.name}, ${firstForAda}` }).count()).toBe(0);

    // The only errors: each browser's first look for a session (401), and the stale tab's refused booking (409).
    expect(a.errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(b.errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(stale.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
