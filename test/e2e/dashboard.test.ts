import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser } from './harness.js';

describe('the dashboard in Chromium', () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
  });

  it('shows the demo workspace: next actions with reasons, the doctor, losing touch and progress against target', async () => {
    const server = await startTestServer({ demo: true, today: '2026-11-28' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('dashboard:ready').length > 0);
      const actions = page.getByRole('list', { name: 'Next actions' });
      await expect.poll(() => actions.getByRole('listitem').count()).toBeGreaterThan(0);
      expect(await actions.textContent()).toMatch(/Check in on “Increase monetization on the Growth team/);
      expect(await page.getByRole('region', { name: 'Doctor' }).textContent()).toMatch(/no pitfalls|finding/);
      await page.getByRole('region', { name: 'Losing touch' }).waitFor();
      const progress = page.getByRole('region', { name: /^Progress: Increase monetization/ });
      expect(await progress.getByRole('progressbar').getAttribute('aria-label')).toMatch(/^\d+% of the way from baseline to target$/);
      await progress.locator('.recharts-line').first().waitFor();
      await screenshot(page, 'dashboard');
      // An action leads to where it is done.
      await actions.getByRole('link').first().click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/outcomes');
      expect(page.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('teaches the first step on an empty workspace, and names a pitfall with its fix once there is one', async () => {
    const server = await startTestServer({ today: '2026-11-28' });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.getByText('Start with one concrete outcome').waitFor();
      expect(await page.getByRole('link', { name: 'Start with the coach' }).getAttribute('href')).toBe('/coach');
      const created = await fetch(`${server.url}/api/outcomes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ statement: 'Get better at growth' }),
      });
      expect(created.status).toBe(201);
      await page.reload();
      const doctor = page.getByRole('region', { name: 'Doctor' });
      await expect.poll(() => doctor.textContent()).toContain('vague-goal');
      expect(await doctor.textContent()).toContain('Fix:');
      await doctor.getByRole('link', { name: 'Open outcomes' }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/outcomes');
      expect(page.errors).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
