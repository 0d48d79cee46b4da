import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startTestServer, type TestBrowser, type TestServer } from './harness.js';

describe('the web app shell in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startTestServer({ today: '2026-11-28' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('opens every page from the navigation and the keyboard, with no error in the browser', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    // Solo mode: no sign-in, no account menu, no team pages.
    await nav.waitFor();
    expect(await page.getByRole('button', { name: /^Account of/ }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: /^(Account|Team)$/ }).count()).toBe(0);
    for (const label of ['Coach', 'Outcomes', 'Skill gaps', 'Mentors', 'Compose', 'Library', 'Mirror', 'Data', 'Dashboard']) {
      await nav.getByRole('link', { name: new RegExp(`^${label}`) }).click();
      await expect.poll(() => page.getByRole('main').textContent()).not.toBe('');
    }
    await page.keyboard.press('Alt+5');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/mentors');
    await page.keyboard.press('Control+k');
    const search = page.getByRole('textbox', { name: 'Search pages and commands' });
    await search.fill('library');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/library');
    // A page the browser routes, loaded directly, still gets the app.
    await page.goto(`${server.url}/mentors/unknown-id`);
    await expect.poll(() => page.getByRole('navigation', { name: 'Pages' }).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('switches between the light and dark themes and keeps the choice', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(server.url);
    const scheme = () => page.locator('html').getAttribute('data-mantine-color-scheme');
    expect(await scheme()).toBe('light');
    await page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    expect(await scheme()).toBe('dark');
    await page.reload();
    expect(await scheme()).toBe('dark');
  });
});
