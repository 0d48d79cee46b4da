import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

/** How many records a list route holds. */
async function count(page: Page, url: string, path: string): Promise<number> {
  return ((await (await page.request.get(`${url}${path}`)).json()) as { items: unknown[] }).items.length;
}

/** The Data page's section titled `name`. */
const section = (page: Page, name: string) => page.getByRole('region', { name });

/**
 * Chromium logs every 4xx answer to a fetch as a console error of its own ("Failed to load
 * resource"); a refusal the test provokes on purpose is expected there, anything else is not.
 */
const unexpected = (errors: string[], status: number) => errors.filter((e) => !e.includes(`status of ${status}`));

describe('the data page in Chromium', () => {
  let empty: TestServer;
  let demo: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    [empty, demo] = await Promise.all([startTestServer({ today: '2026-11-28' }), startTestServer({ demo: true, today: '2026-11-28' })]);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await empty?.close();
    await demo?.close();
  });

  it('loads the demo workspace from the command palette into an empty workspace, and refuses a second load', async () => {
    const page = await browser.newPage();
    await page.goto(empty.url);
    await page.getByRole('button', { name: 'Open the command palette' }).click();
    await page.getByRole('textbox', { name: 'Search pages and commands' }).fill('demo workspace');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/data#demo');
    const demoSection = section(page, 'Load the demo workspace');
    await demoSection.getByRole('button', { name: 'Load the demo workspace' }).click();
    await expect.poll(() => demoSection.textContent()).toMatch(/Added 2 outcomes and 2 mentors/);
    await expect.poll(() => section(page, 'Settings').getByLabel('Your name').inputValue()).toBe('Alex Rivera');
    expect(await count(page, empty.url, '/api/outcomes')).toBe(2);
    expect(await count(page, empty.url, '/api/mentors')).toBe(2);

    await demoSection.getByRole('link', { name: 'Open the dashboard' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByRole('main').textContent()).not.toBe('');

    await page.goto(`${empty.url}/data#demo`);
    await section(page, 'Load the demo workspace').getByRole('button', { name: 'Load the demo workspace' }).click();
    const refusal = section(page, 'Load the demo workspace').getByRole('alert');
    await expect.poll(() => refusal.textContent()).toMatch(/The demo was not loaded.*already has records/);
    expect(await count(page, empty.url, '/api/outcomes')).toBe(2);
    expect(unexpected(page.errors, 409)).toEqual([]);
  });

  it('downloads a JSON backup of the workspace, and refuses to restore it into a workspace that is not empty', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/data`);
    const backup = section(page, 'Backup and restore');
    const [download] = await Promise.all([page.waitForEvent('download'), backup.getByRole('link', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toBe('understudy-backup.json');
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    const parsed = JSON.parse(text) as { format: string; entities: { outcomes: unknown[]; mentors: unknown[] } };
    expect(parsed.format).toBe('understudy-backup');
    expect(parsed.entities.outcomes).toHaveLength(2);

    await backup
      .locator('input[type="file"]')
      .setInputFiles({ name: 'understudy-backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await backup.getByRole('button', { name: 'Restore the backup' }).click();
    await expect.poll(() => backup.getByRole('alert').textContent()).toMatch(/Nothing was restored.*not empty/);
    expect(await count(page, demo.url, '/api/outcomes')).toBe(2);
    expect(unexpected(page.errors, 409)).toEqual([]);
  });

  it('offers the report, a CSV per entity and the next actions as downloads', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/data`);
    const exports = section(page, 'Exports');
    await exports.getByLabel('Records to export as CSV').click();
    await page.getByRole('option', { name: 'Mentors', exact: true }).click();
    const [csv] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: 'Download mentors (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('mentors.csv');
    const rows = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(rows[0]).toMatch(/^id,.*name/);
    expect(rows).toHaveLength(3);
    const [report] = await Promise.all([page.waitForEvent('download'), exports.getByRole('link', { name: /report \(Markdown\)/ }).click()]);
    expect(readFileSync(await report.path(), 'utf8')).toMatch(/^# /m);
    const [calendar] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('link', { name: /next actions \(iCalendar\)/ }).click(),
    ]);
    expect(readFileSync(await calendar.path(), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
    expect(page.errors).toEqual([]);
  });

  it('previews a CSV contact import with a column map, then imports it', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/data`);
    const contacts = section(page, 'Import contacts');
    const csv = 'Full Name,E-mail,Org\nAda Park,ada@example.com,Acme\nBen Ito,ben@example.com,Globex\n';
    await contacts.locator('input[type="file"]').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await contacts.getByLabel('Format', { exact: true }).click();
    await page.getByRole('option', { name: 'Other CSV' }).click();
    await contacts.getByRole('textbox', { name: /Column map/ }).fill('name=Full Name,email=E-mail,company=Org');
    await contacts.getByRole('button', { name: 'Preview the import' }).click();
    await expect.poll(() => contacts.getByRole('alert').textContent()).toMatch(/Would import: 2 new mentors.*Nothing was written/);
    expect(await count(page, demo.url, '/api/mentors')).toBe(2);
    await contacts.getByRole('button', { name: 'Import contacts' }).click();
    await expect.poll(() => contacts.getByRole('alert').textContent()).toMatch(/Imported: 2 new mentors/);
    expect(await count(page, demo.url, '/api/mentors')).toBe(4);
    expect(page.errors).toEqual([]);
  });

  it('changes your name in the settings, and says that nothing leaves the machine', async () => {
    const page = await browser.newPage();
    await page.goto(`${demo.url}/data`);
    await expect.poll(() => page.getByRole('main').textContent()).toMatch(/sends nothing anywhere/);
    const settings = section(page, 'Settings');
    await expect.poll(() => settings.getByLabel('Your name').inputValue()).toBe('Alex Rivera');
    await settings.getByLabel('Your name').fill('Sam Okafor');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect
      .poll(async () => ((await (await page.request.get(`${demo.url}/api/me`)).json()) as { name: string }).name)
      .toBe('Sam Okafor');
    await page.reload();
    await expect.poll(() => section(page, 'Settings').getByLabel('Your name').inputValue()).toBe('Sam Okafor');
    await screenshot(page, 'data');
    expect(page.errors).toEqual([]);
  });
});
