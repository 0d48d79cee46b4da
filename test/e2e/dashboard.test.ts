import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser } from './harness.js';

/** Sends one JSON request to the API and returns the parsed body. */
async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(201);
  return (await response.json()) as T;
}

describe('the dashboard in Chromium', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
  });

  it('shows the demo workspace: next actions by day with reasons, the doctor, losing touch and progress against target', async () => {
    const server = await startTestServer({ demo: true, today: '2026-11-28' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('dashboard:ready').length > 0);
      const actions = page.getByRole('region', { name: 'Next actions' });
      await expect.poll(() => actions.getByRole('listitem').count()).toBeGreaterThan(0);
      // Overdue first, under its own heading, then day by day.
      const days = await actions.getByRole('heading', { level: 4 }).allTextContents();
      expect(days[0]).toMatch(/^Overdue \(\d+\)$/);
      expect(days.length).toBeGreaterThan(1);
      expect(await actions.getByRole('list', { name: 'Overdue' }).textContent()).toMatch(/overdue since \d{4}-\d\d-\d\d/);
      expect(await actions.textContent()).toMatch(/Check in on “Increase monetization on the Growth team/);
      expect(await page.getByRole('region', { name: 'Doctor' }).textContent()).toMatch(/no pitfalls|finding/);
      await page.getByRole('region', { name: 'Losing touch' }).waitFor();
      const progress = page.getByRole('region', { name: /^Progress: Increase monetization/ });
      expect(await progress.getByRole('progressbar').getAttribute('aria-label')).toMatch(/^\d+% of the way from baseline to target$/);
      await progress.locator('.recharts-line').first().waitFor();
      await screenshot(page, 'dashboard');
      // An action leads to where it is done: the outcome it names, scrolled to on its page.
      await actions.getByRole('link', { name: /Check in on “Increase monetization/ }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/outcomes');
      const focus = new URL(page.url()).searchParams.get('focus');
      expect(focus).toBeTruthy();
      await page.getByRole('article', { name: /^Increase monetization on the Growth team/ }).waitFor();
      expect(await page.locator(`#outcome-${focus}`).isVisible()).toBe(true);
      expect(page.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('teaches the first steps on an empty workspace, and names a pitfall with its fix and a link to its record', async () => {
    const server = await startTestServer({ today: '2026-11-28' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.getByText('Start with one concrete outcome').waitFor();
      expect(await page.getByText(/Pick one concrete 3–6 month outcome/).isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Start with the coach' }).getAttribute('href')).toBe('/coach');
      // With nothing to judge, the doctor claims nothing it did not check.
      const empty = page.getByRole('region', { name: 'Doctor' });
      await expect.poll(() => empty.textContent()).toContain('No goals yet');
      expect(await empty.textContent()).not.toMatch(/concrete\.|specific|closed on time/);
      const vague = await post<{ id: string }>(`${server.url}/api/outcomes`, { statement: 'Get better at growth' });
      await page.reload();
      // With an outcome, the next step is the skill gap that blocks it.
      await page.getByText('Name the skill that blocks your outcome').waitFor();
      const doctor = page.getByRole('region', { name: 'Doctor' });
      await expect.poll(() => doctor.textContent()).toContain('vague-goal');
      expect(await doctor.textContent()).toContain('Fix:');
      await doctor.getByRole('link', { name: 'Open the outcome' }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe(vague.id);
      await page.getByRole('article', { name: 'Get better at growth' }).waitFor();
      expect(page.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('shows at most 50 actions of a long list, then all of them a page at a time', async () => {
    const server = await startTestServer({ today: '2026-11-28' });
    try {
      // 130 outcomes whose last check-in is weeks old: each is an overdue check-in and a stale outcome.
      for (let i = 1; i <= 130; i += 1) {
        const outcome = await post<{ id: string }>(`${server.url}/api/outcomes`, {
          statement: `Raise activation of segment ${i} from 20% to 30% by 2027-04-30`,
        });
        await post(`${server.url}/api/checkins`, { outcomeId: outcome.id, date: '2026-09-01', value: 20 });
      }
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('dashboard:ready').length > 0);
      const actions = page.getByRole('region', { name: 'Next actions' });
      expect(await actions.getByRole('listitem').count()).toBe(50);
      expect(await actions.textContent()).toContain('130 in the next 7 days, 130 overdue');
      expect(await actions.getByRole('heading', { level: 4 }).allTextContents()).toEqual(['Overdue (50 of 130)']);
      await actions.getByRole('button', { name: 'Show all 130' }).click();
      expect(await actions.getByRole('listitem').count()).toBe(100);
      await actions.getByRole('button', { name: 'Next 30' }).click();
      expect(await actions.getByRole('listitem').count()).toBe(30);
      expect(await actions.textContent()).toContain('Page 2 of 2');
      await actions.getByRole('button', { name: 'Show the first 50' }).click();
      expect(await actions.getByRole('listitem').count()).toBe(50);
      // The doctor too shows its findings a few at a time.
      const doctor = page.getByRole('region', { name: 'Doctor' });
      const fixes = doctor.getByText('Fix:', { exact: true });
      expect(await fixes.count()).toBe(20);
      await doctor.getByRole('button', { name: /^Show 20 more of \d+ left$/ }).click();
      expect(await fixes.count()).toBe(40);
      expect(await page.getByRole('region', { name: /^Progress: / }).count()).toBe(12);
      expect(await page.getByText(/More active outcomes than these 12/).isVisible()).toBe(true);
      expect(page.errors).toEqual([]);
    } finally {
      await server.close();
    }
  }, 60_000);
});
