import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpSink, startSmtpSink } from '../helpers/smtp-sink.js';
import { launchBrowser, screenshot, type TestBrowser, type TestServer } from './harness.js';
import { startTeamTestServer } from './team-harness.js';

const ann = { email: 'ann@team.example', name: 'Ann Admin', password: 'ann has a long passphrase', role: 'admin' as const };
const bob = { email: 'bob@team.example', name: 'Bob Member', password: 'bob picks a long one too', role: 'member' as const };
const annOutcome = 'Lift ARPU by 5%, from $4.20 to $4.41, by 2027-03-31';
const notConfigured = 'Mail is not configured on this server: no email is sent';

/** Opens the Email & calendar page as `who`, signing in on the way. */
async function openMailPage(page: Page, base: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${base}/mail`);
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByRole('textbox', { name: 'Email' }).fill(who.email);
  await form.getByRole('textbox', { name: 'Password' }).fill(who.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 2, name: 'Email & calendar' }).waitFor();
}

/** Reads a calendar feed as a phone's calendar does: the URL alone, no cookie. */
async function readFeed(url: string): Promise<{ status: number; text: string }> {
  const answer = await fetch(url);
  return { status: answer.status, text: await answer.text() };
}

describe('the Email & calendar page of a team server, in Chromium', () => {
  let plain: TestServer;
  let mailing: TestServer;
  let sink: SmtpSink;
  let browserA: TestBrowser;
  let browserB: TestBrowser;
  beforeAll(async () => {
    sink = await startSmtpSink();
    [plain, mailing] = await Promise.all([
      startTeamTestServer({ today: '2026-12-08', accounts: [ann, bob] }),
      startTeamTestServer({ today: '2026-12-08', accounts: [ann, bob], smtp: sink.config() }),
    ]);
    [browserA, browserB] = await Promise.all([launchBrowser(), launchBrowser()]);
  }, 60_000);
  afterAll(async () => {
    await browserA?.cleanup();
    await browserB?.cleanup();
    await plain?.close();
    await mailing?.close();
    await sink?.close();
  });

  it('says mail is not configured, keeps each choice, and makes and revokes a calendar feed only its owner has', {
    timeout: 90_000,
  }, async () => {
    const a = await browserA.newPage();
    await openMailPage(a, plain.url, ann);
    await expect.poll(() => a.getByRole('alert').first().textContent()).toContain(notConfigured);
    expect(await a.getByRole('main').textContent()).toContain(`Mail goes to ${ann.email}`);
    expect(await a.getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
    await a.getByRole('radio', { name: 'Weekly' }).check();
    await a.getByText('Digest: weekly').waitFor();
    await a.getByRole('switch', { name: 'Notices of asks, replies and office hours' }).uncheck({ force: true });
    await a.getByText('Notices are off').waitFor();
    await a.reload();
    await a.getByRole('heading', { level: 2, name: 'Email & calendar' }).waitFor();
    await expect.poll(() => a.getByRole('radio', { name: 'Weekly' }).isChecked()).toBe(true);
    expect(await a.getByRole('switch', { name: 'Notices of asks, replies and office hours' }).isChecked()).toBe(false);

    const created = await a.evaluate(
      async (statement) =>
        (
          await fetch('/api/outcomes', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ statement, status: 'active' }),
          })
        ).status,
      annOutcome,
    );
    expect(created).toBe(201);
    await a.getByText('You have no calendar feed.').waitFor();
    await a.getByRole('button', { name: 'Make a calendar feed' }).click();
    const address = a.getByRole('textbox', { name: 'Calendar feed address' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${plain.url}/api/calendar/[\\w-]{43}\\.ics$`));
    await a.getByRole('button', { name: 'Copy the address' }).waitFor();
    const feed = await readFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('BEGIN:VCALENDAR');
    expect(feed.text).toContain('Lift ARPU by 5%');
    await screenshot(a, 'mail-settings');

    // Bob, in another browser, has a feed of his own or none: never Ann's.
    const b = await browserB.newPage();
    await openMailPage(b, plain.url, bob);
    await b.getByText('You have no calendar feed.').waitFor();
    expect(await b.getByRole('main').textContent()).not.toContain(url);
    await b.getByRole('button', { name: 'Make a calendar feed' }).click();
    const bobUrl = await b.getByRole('textbox', { name: 'Calendar feed address' }).inputValue();
    expect(bobUrl).not.toBe(url);
    expect((await readFeed(bobUrl)).text).not.toContain('Lift ARPU');

    // Shown once: after a reload the page says a feed exists, without its address.
    await a.reload();
    await a.getByText(/^You have a calendar feed, made /).waitFor();
    expect(await a.getByRole('textbox', { name: 'Calendar feed address' }).count()).toBe(0);
    await a.getByRole('button', { name: 'Revoke the feed' }).click();
    await a.getByText('You have no calendar feed.').waitFor();
    expect((await readFeed(url)).status).toBe(404);
    expect((await readFeed(bobUrl)).status).toBe(200);
    expect(a.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('says nothing of missing mail on a server that sends it', { timeout: 60_000 }, async () => {
    const b = await browserB.newPage();
    await openMailPage(b, mailing.url, bob);
    await b.getByText(`Mail goes to ${bob.email}`).waitFor();
    expect(await b.getByRole('main').textContent()).not.toContain(notConfigured);
    await b.getByRole('radio', { name: 'Daily' }).check();
    await b.getByText('Digest: daily').waitFor();
    expect(b.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
