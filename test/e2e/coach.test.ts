import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

const TODAY = '2026-11-28';
const concrete = 'Raise the annual-plan take rate from 18% to 23% by 2027-04-30';
const iqGap = 'I have never designed a pricing or monetization experiment.';

/** Goes to a page through the navigation, as a user would (the app is not reloaded). */
async function go(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Pages' })
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
}

const get = async <T>(url: string): Promise<T> => (await (await fetch(url)).json()) as T;

describe('the coach asks the level once, in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startTestServer({ today: TODAY });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('sets senior on "Moving into leadership", says so, and the doctor then reports iq-over-reliance for IQ-only gaps', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/coach`);
    // No level yet: the coach asks it.
    await page.getByRole('combobox', { name: 'Your level' }).waitFor();
    await page.getByRole('radio', { name: /^Moving into leadership/ }).check();
    const notice = page.getByRole('alert').filter({ hasText: 'Your level is set to Senior' });
    await expect.poll(() => notice.isVisible()).toBe(true);
    await expect.poll(async () => (await get<{ level: string | null }>(`${server.url}/api/me`)).level).toBe('senior');
    expect(await notice.getByRole('combobox', { name: 'Your level' }).inputValue()).toBe('Senior');

    await page.getByRole('button', { name: 'Next: the outcome' }).click();
    await page.getByRole('textbox', { name: 'Outcome' }).fill(concrete);
    await expect.poll(() => page.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByRole('textbox', { name: 'Skill gap' }).fill(iqGap);
    await expect.poll(() => page.getByRole('status', { name: 'Classification' }).textContent()).toMatch(/IQ/);
    await page.getByRole('button', { name: 'Save skill gap' }).click();
    await page.getByRole('button', { name: 'Add a mentor here' }).waitFor();

    const doctor = await get<{ findings: Array<{ pitfall: string; message: string }> }>(`${server.url}/api/doctor`);
    expect(doctor.findings.map((f) => f.pitfall)).toEqual(['iq-over-reliance']);
    expect(doctor.findings[0]?.message).toContain('senior level');
    await go(page, 'Dashboard');
    await expect.poll(() => page.getByRole('region', { name: 'Doctor' }).textContent()).toContain('iq-over-reliance');

    // The level set by the coach stays open to change there, and Settings shows it too.
    await go(page, 'Coach');
    await page.getByRole('button', { name: /Situation/ }).click();
    await notice.getByRole('combobox', { name: 'Your level' }).click();
    await page.getByRole('option', { name: 'Lead' }).click();
    await expect.poll(async () => (await get<{ level: string | null }>(`${server.url}/api/me`)).level).toBe('lead');
    await go(page, 'Data');
    await expect.poll(() => page.getByRole('combobox', { name: 'Your level' }).inputValue()).toBe('Lead');
    expect(page.errors).toEqual([]);
  });
});

describe('the coach keeps its progress and adds a mentor inline, in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startTestServer({ demo: true, today: TODAY });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('comes back to the same step with what was entered after a visit to the Mentors page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/coach`);
    // The demo's level is set already: the coach only shows it.
    await expect.poll(() => page.getByText('Your level: Senior').isVisible()).toBe(true);
    await page.getByRole('radio', { name: /^Entering a new domain/ }).check();
    await page.getByRole('button', { name: 'Next: the outcome' }).click();
    await page.getByRole('textbox', { name: 'Outcome' }).fill(concrete);

    // Half-typed, the outcome survives a visit elsewhere.
    await go(page, 'Mentors');
    await page.getByRole('heading', { name: 'Mentors', level: 2 }).waitFor();
    await go(page, 'Coach');
    await expect.poll(() => page.getByRole('textbox', { name: 'Outcome' }).inputValue()).toBe(concrete);
    await expect.poll(() => page.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByRole('textbox', { name: 'Skill gap' }).fill(iqGap);
    await expect.poll(() => page.getByRole('status', { name: 'Classification' }).textContent()).toMatch(/IQ/);
    await page.getByRole('button', { name: 'Save skill gap' }).click();
    await page.getByRole('list', { name: 'Shortlist' }).waitFor();

    // A mentor added at the shortlist, without leaving the coach, serving this gap.
    await page.getByRole('button', { name: 'Add a mentor here' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add mentor' });
    await dialog.getByLabel('Name').fill('Nadia Petrova');
    await dialog.getByLabel('Expertise', { exact: true }).fill('pricing experiments');
    await dialog.getByLabel('Expertise', { exact: true }).press('Enter');
    await dialog.getByRole('button', { name: 'Save mentor' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('list', { name: 'Shortlist' }).textContent()).toContain('Nadia Petrova');
    expect(new URL(page.url()).pathname).toBe('/coach');
    const gaps = await get<{ items: Array<{ id: string; statement: string }> }>(`${server.url}/api/gaps?limit=100`);
    const gap = gaps.items.find((g) => g.statement === iqGap);
    const relationships = await get<{ items: Array<{ gapId: string | null; stage: string }> }>(`${server.url}/api/relationships?limit=100`);
    expect(relationships.items.filter((r) => r.gapId === gap?.id).map((r) => r.stage)).toEqual(['prospect']);
    await page.waitForTimeout(300);
    await screenshot(page, 'coach-shortlist-kept');

    // To the Mentors page and back: the same step, the same gap, the new mentor on the list.
    await go(page, 'Mentors');
    await page.locator('[data-card="Nadia Petrova"]').waitFor();
    await go(page, 'Coach');
    await page.getByRole('list', { name: 'Shortlist' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain(iqGap);
    expect(await page.getByRole('list', { name: 'Shortlist' }).textContent()).toContain('Nadia Petrova');

    // A reload keeps the place too; the first ask is kept once chosen.
    await page.reload();
    await page.getByRole('button', { name: 'Ask Nadia Petrova first' }).click();
    await page.getByRole('link', { name: 'Write the smallest ask to Nadia Petrova' }).waitFor();
    await go(page, 'Mentors');
    await go(page, 'Coach');
    await page.getByRole('link', { name: 'Write the smallest ask to Nadia Petrova' }).waitFor();
    await screenshot(page, 'coach-first-ask-kept');

    // Start over clears the place.
    await page.getByRole('button', { name: 'Start over' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Next: the outcome' }).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
