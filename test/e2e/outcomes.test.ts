import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

const concrete = 'Lift ARPU by 5%, from $4.20 to $4.41, by 2027-03-31';

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
    const check = form.getByRole('status', { name: 'Goal check' });
    await expect.poll(() => check.textContent()).toContain('Vague');
    // Each finding says what is wrong and how to fix it.
    const findings = check.getByRole('listitem');
    expect(await findings.count()).toBeGreaterThan(0);
    expect(await check.textContent()).toMatch(/Must fix/);
    expect(await check.textContent()).toMatch(/Try: “/);
    expect(await form.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await statement.fill(concrete);
    await expect.poll(() => check.textContent()).toContain('Concrete');
    expect(await check.textContent()).toContain('by 2027-03-31 (4 months)');
    expect(await check.textContent()).not.toContain('Must fix');
    await form.getByRole('button', { name: 'Save outcome' }).click();
    const card = page.getByRole('article', { name: concrete });
    await card.waitFor();
    expect(await card.textContent()).toContain('from 4.2 to 4.41');
    // Saved for real: the API lists it with what the check read.
    const listed = (await (await fetch(`${server.url}/api/outcomes?limit=100`)).json()) as {
      items: Array<{ statement: string; target: number | null; deadline: string | null; kind: string | null }>;
    };
    expect(listed.items.find((o) => o.statement === concrete)).toMatchObject({ target: 4.41, deadline: '2027-03-31', kind: 'metric' });

    await card.getByRole('button', { name: /^Check in on Lift ARPU/ }).click();
    await card.getByLabel('Value').fill('4.3');
    await card.getByLabel('Note').fill('Annual framing test shipped');
    await card.getByRole('button', { name: 'Save check-in' }).click();
    const checkins = card.getByRole('table', { name: /^Check-ins of Lift ARPU/ });
    await expect.poll(() => checkins.textContent()).toContain('Annual framing test shipped');
    expect(await checkins.textContent()).toContain('70%');
    // The chart shows the one check-in as a point, with the target line.
    const chart = card.getByRole('img', { name: /^Check-ins of Lift ARPU.*target of 4\.41/ });
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(1);
    expect(await chart.textContent()).toContain('Target');
    await screenshot(page, 'outcomes');

    // Edit: the statement is checked again and the deadline follows it.
    await card.getByRole('button', { name: /^Edit Lift ARPU/ }).click();
    const edit = card.getByRole('textbox', { name: 'Outcome' });
    await edit.fill('Lift ARPU by 5%, from $4.20 to $4.41, by 2027-04-30');
    await expect.poll(() => card.getByRole('status', { name: 'Goal check' }).textContent()).toContain('2027-04-30');
    await card.getByRole('button', { name: 'Save changes' }).click();
    const edited = page.getByRole('article', { name: 'Lift ARPU by 5%, from $4.20 to $4.41, by 2027-04-30' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain('by 2027-04-30');
    // A status change moves it out of the active list; "All" shows it again.
    await edited.getByLabel('Status').click();
    await page.getByRole('option', { name: 'achieved' }).click();
    await expect.poll(() => edited.count()).toBe(0);
    await page.getByText('All', { exact: true }).click();
    await edited.waitFor();
    expect(page.errors).toEqual([]);
  });

  it('classifies a skill gap as you type with its method and horizon, and links it to an outcome', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/gaps`);
    const demo = page.getByRole('article', { name: /lack executive presence/ });
    await demo.waitFor();
    expect(await demo.textContent()).toContain('Mirror method');
    await page.getByRole('button', { name: 'Add skill gap' }).click();
    const form = page.getByRole('region', { name: 'New skill gap' });
    await form
      .getByRole('textbox', { name: 'Skill gap' })
      .fill('My team leaves planning meetings unclear on priorities and I struggle to delegate.');
    const classification = form.getByRole('status', { name: 'Classification' });
    await expect.poll(() => classification.textContent()).toMatch(/EQ/);
    expect(await classification.textContent()).toContain('Mirror method');
    expect(await classification.textContent()).toContain('12+ months');
    expect(await classification.textContent()).toMatch(/Decided by: “/);
    await form.getByRole('textbox', { name: 'Skill gap' }).fill('I have never built a retention cohort analysis in SQL.');
    await expect.poll(() => classification.textContent()).toMatch(/IQ/);
    expect(await classification.textContent()).toContain('Artifact method');
    expect(await classification.textContent()).toContain('3–6 months');
    await form
      .getByRole('textbox', { name: 'Skill gap' })
      .fill('My team leaves planning meetings unclear on priorities and I struggle to delegate.');
    await expect.poll(() => classification.textContent()).toMatch(/EQ/);
    await form.getByRole('button', { name: 'Save skill gap' }).click();
    const saved = page.getByRole('article', { name: /struggle to delegate/ });
    await saved.waitFor();
    // Link it to an outcome after the fact.
    await saved.getByLabel('Outcome it blocks').click();
    await page.getByRole('option', { name: /^Present the quarterly roadmap review/ }).click();
    await expect
      .poll(async () => {
        const gaps = (await (await fetch(`${server.url}/api/gaps?limit=100`)).json()) as {
          items: Array<{ statement: string; outcomeId: string | null }>;
        };
        return gaps.items.find((g) => g.statement.includes('struggle to delegate'))?.outcomeId ?? null;
      })
      .not.toBeNull();
    await screenshot(page, 'gaps');
    // From a gap to its mentor shortlist.
    await demo.getByRole('link', { name: 'Find mentors for this gap' }).click();
    await page.getByRole('list', { name: 'Shortlist' }).waitFor();
    expect(await page.getByRole('list', { name: 'Shortlist' }).textContent()).toContain('Sam Okafor');
    expect(page.errors).toEqual([]);
  });

  it('coaches from a situation to a concrete outcome, its skill gap, a mentor shortlist and the first ask', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/coach`);
    // The coach keeps its place (a gap's shortlist opened earlier in this browser): start over.
    await page.getByRole('button', { name: /Situation/ }).waitFor();
    const startOver = page.getByRole('button', { name: 'Start over' });
    if (await startOver.isVisible()) await startOver.click();
    await page.getByRole('radio', { name: /^Entering a new domain/ }).check();
    await page.getByRole('button', { name: 'Next: the outcome' }).click();
    const outcome = page.getByRole('textbox', { name: 'Outcome' });
    await outcome.fill('Learn monetization');
    await expect.poll(() => page.getByRole('status', { name: 'Goal check' }).textContent()).toContain('Vague');
    expect(await page.getByRole('button', { name: 'Save outcome' }).isDisabled()).toBe(true);
    expect(await page.getByText('Make the outcome concrete to go on').isVisible()).toBe(true);
    await outcome.fill('Raise the annual-plan take rate from 18% to 23% by 2027-04-30');
    await expect.poll(() => page.getByRole('button', { name: 'Save outcome' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Save outcome' }).click();
    await page.getByRole('textbox', { name: 'Skill gap' }).fill('I have never designed a pricing or monetization experiment.');
    const classification = page.getByRole('status', { name: 'Classification' });
    await expect.poll(() => classification.textContent()).toMatch(/IQ/);
    expect(await classification.textContent()).toContain('Artifact method');
    await page.getByRole('button', { name: 'Save skill gap' }).click();
    const shortlist = page.getByRole('list', { name: 'Shortlist' });
    await shortlist.waitFor();
    expect(await shortlist.getByRole('listitem').first().textContent()).toContain('Maya Lindqvist');
    // Each mentor comes with the reasons for their rank.
    expect(await page.getByRole('list', { name: 'Why Maya Lindqvist' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await screenshot(page, 'coach');
    await shortlist.getByRole('button', { name: 'Ask Maya Lindqvist first' }).click();
    await page.getByText(/First contact with Maya Lindqvist is always the smallest ask/).waitFor();
    await page.getByRole('link', { name: 'Write the smallest ask to Maya Lindqvist' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/compose');
    expect(new URL(page.url()).searchParams.get('kind')).toBe('ask');
    expect(new URL(page.url()).searchParams.get('mentor')).toBeTruthy();
    // The outcome and the gap were saved, linked to each other.
    const outcomes = (await (await fetch(`${server.url}/api/outcomes?limit=100`)).json()) as {
      items: Array<{ id: string; statement: string }>;
    };
    const saved = outcomes.items.find((o) => o.statement.startsWith('Raise the annual-plan take rate'));
    const gaps = (await (await fetch(`${server.url}/api/gaps?limit=100`)).json()) as {
      items: Array<{ outcomeId: string | null; skill: string }>;
    };
    expect(gaps.items.find((g) => g.outcomeId === saved?.id)?.skill).toBeTruthy();
    expect(page.errors).toEqual([]);
  });
});
