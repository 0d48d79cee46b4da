import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

describe('outcomes, skill gaps and the coach in Chromium', () => {
  let browser: TestBrowser;
  let server: TestServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startTestServer({ demo: true, today: '2026-11-28' });
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('checks an outcome as you type, saves the concrete one and records a check-in shown in its chart', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/outcomes?new=1`);
    const form = page.getByRole('region', { name: 'New outcome' });
    const statement = form.getByRole('textbox', { name: 'Outcome' });
    await statement.fill('Get better at growth');
    const check = form.getByLabel('Goal check');
    await expect.poll(() => check.textContent()).toContain('Vague');
    expect(await form.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await statement.fill('Lift ARPU by 5%, from $4.20 to $4.41, by 2027-03-31');
    await expect.poll(() => check.textContent()).toContain('Concrete');
    await form.getByRole('button', { name: 'Save outcome' }).click();
    const card = page.getByRole('article', { name: 'Lift ARPU by 5%, from $4.20 to $4.41, by 2027-03-31' });
    await card.waitFor();
    await card.getByRole('button', { name: /^Check in on Lift ARPU/ }).click();
    await card.getByLabel('Value').fill('4.3');
    await card.getByLabel('Note').fill('Annual framing test shipped');
    await card.getByRole('button', { name: 'Save check-in' }).click();
    const checkins = card.getByRole('table', { name: /^Check-ins of Lift ARPU/ });
    await expect.poll(() => checkins.textContent()).toContain('Annual framing test shipped');
    await card.locator('.recharts-surface').first().waitFor();
    // Saved for real: the API lists it.
    const listed = (await (await fetch(`${server.url}/api/outcomes?limit=100`)).json()) as {
      items: Array<{ statement: string; target: number | null }>;
    };
    expect(listed.items.find((o) => o.statement.startsWith('Lift ARPU'))?.target).toBe(4.41);
    await screenshot(page, 'outcomes');
    expect(page.errors).toEqual([]);
  });

  it('classifies a skill gap as you type with its method and horizon, and lists the demo gaps', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/gaps`);
    await page.getByRole('article', { name: /lack executive presence/ }).waitFor();
    expect(await page.getByRole('article', { name: /lack executive presence/ }).textContent()).toContain('Mirror method');
    await page.getByRole('button', { name: 'Add skill gap' }).click();
    const form = page.getByRole('region', { name: 'New skill gap' });
    await form
      .getByRole('textbox', { name: 'Skill gap' })
      .fill('My team leaves planning meetings unclear on priorities and I struggle to delegate.');
    const classification = form.getByLabel('Classification');
    await expect.poll(() => classification.textContent()).toMatch(/EQ/);
    expect(await classification.textContent()).toContain('12+ months');
    await form.getByRole('button', { name: 'Save skill gap' }).click();
    await page.getByRole('article', { name: /struggle to delegate/ }).waitFor();
    await screenshot(page, 'gaps');
    expect(page.errors).toEqual([]);
  });

  it('coaches from a situation to a concrete outcome, its skill gap and a mentor shortlist with the first ask', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/coach`);
    await page.getByRole('radio', { name: 'Entering a new domain' }).check();
    await page.getByRole('button', { name: 'Next: the outcome' }).click();
    const outcome = page.getByRole('textbox', { name: 'Outcome' });
    await outcome.fill('Learn monetization');
    await expect.poll(() => page.getByLabel('Goal check').textContent()).toContain('Vague');
    expect(await page.getByRole('button', { name: 'Save outcome' }).isDisabled()).toBe(true);
    await outcome.fill('Raise the annual-plan take rate from 18% to 23% by 2027-04-30');
    await expect.poll(() => page.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByRole('textbox', { name: 'Skill gap' }).fill('I have never designed a pricing or monetization experiment.');
    await expect.poll(() => page.getByLabel('Classification').textContent()).toMatch(/IQ/);
    await page.getByRole('button', { name: 'Save skill gap' }).click();
    const shortlist = page.getByRole('list', { name: 'Shortlist' });
    await shortlist.waitFor();
    expect(await shortlist.textContent()).toContain('Maya Lindqvist');
    await screenshot(page, 'coach');
    await shortlist.getByRole('link', { name: 'Write the smallest ask to Maya Lindqvist' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/compose');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('ask');
    expect(page.errors).toEqual([]);
  });
});
