import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

/*
 * Both worked examples of `init --demo`, walked through the UI from an empty workspace:
 * (a) a PM new to Growth who earned monthly office hours with a monetization leader through one
 * small ask and studies pricing-experiment documents in the library, and (b) a senior PM who uses a
 * trusted peer as a mirror for executive presence. A screenshot of every main page is saved on the way.
 */
describe('the two worked examples, through the web app in Chromium', () => {
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

  it('loads the demo, then follows example (a) to office hours and example (b) to the mirror', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const go = async (label: string) => {
      await page
        .getByRole('navigation', { name: 'Pages' })
        .getByRole('link', { name: new RegExp(`^${label}`) })
        .click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
    };
    await page.goto(server.url);
    await page.getByText('Start with one concrete outcome').waitFor();

    // Data: load the demo workspace into the empty one.
    await go('Data');
    const demo = page.getByRole('region', { name: 'Load the demo workspace' });
    await demo.getByRole('button', { name: 'Load the demo workspace' }).click();
    await expect.poll(() => demo.textContent()).toMatch(/Added 2 outcomes and 2 mentors/);
    await screenshot(page, 'walk-data');

    // Dashboard: what to do this week, and each outcome's progress against its target.
    await go('Dashboard');
    await page.getByRole('region', { name: 'Next actions' }).getByRole('listitem').first().waitFor();
    await page.getByRole('region', { name: /^Progress: Increase monetization/ }).waitFor();
    await screenshot(page, 'walk-dashboard');

    // (a) The outcome is concrete and has check-ins; its gap is IQ (execution) with the Artifact method.
    await go('Outcomes');
    const growth = page.getByRole('article', { name: /^Increase monetization on the Growth team/ });
    await expect.poll(() => growth.getByRole('table').textContent()).toContain('Annual-plan framing test shipped');
    await go('Skill gaps');
    const iqGap = page.getByRole('article', { name: /never designed a pricing or monetization experiment/ });
    expect(await iqGap.textContent()).toMatch(/IQ.*execution.*Artifact method/s);

    // (a) Its Artifact method: the gap's link leads to a library with two gold-standard documents,
    // the template built from them and the PM's own draft, which answers only part of the template.
    await iqGap.getByRole('link', { name: 'Study artifacts in the library' }).click();
    const documents = page.getByRole('table', { name: 'Documents in the library' });
    await expect.poll(() => documents.textContent()).toContain('Annual-plan price framing on the upgrade screen (Fernway PRD)');
    expect(await documents.textContent()).toContain('Seat bundles for small teams (Quillstone experiment one-pager)');
    expect(await documents.textContent()).toContain('My draft: platform-split price framing test');
    await screenshot(page, 'walk-library');
    await page.getByRole('tab', { name: /^Templates/ }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Templates' }).textContent()).toContain('Pricing experiment brief');
    const stored = (await (await fetch(`${server.url}/api/library?tag=draft`)).json()) as { items: Array<{ id: string }> };
    const draft = (await (await fetch(`${server.url}/api/library/${stored.items[0]?.id}`)).json()) as { body: string };
    await page.getByRole('tab', { name: 'Draft check' }).click();
    await page.getByRole('textbox', { name: 'Draft' }).fill(draft.body);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    const report = page.getByRole('region', { name: 'Draft check result' });
    await expect.poll(() => report.textContent()).toMatch(/The draft answers \d+ of \d+ questions of “Pricing experiment brief”/);
    const [answered, total] = ((await report.textContent())?.match(/answers (\d+) of (\d+)/) ?? []).slice(1).map(Number);
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(total ?? 0);
    expect(await report.getByRole('list', { name: 'Missing questions' }).textContent()).toContain('How will we measure success?');
    expect(await report.getByRole('list', { name: 'Answered questions' }).textContent()).toContain('What problem are we solving?');
    await screenshot(page, 'walk-library-draft-check');

    // (a) Maya is at office hours; her page shows the whole loop: ask, reply, advice applied and circled back.
    await go('Mentors');
    const officeHours = page.getByRole('region', { name: 'Office hours', exact: true });
    await officeHours.getByRole('link', { name: 'Maya Lindqvist' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Maya Lindqvist');
    const history = await page.getByRole('main').textContent();
    for (const step of ['Ask sent', 'Reply received', 'Circle-back sent', 'Circled back → Escalated', 'Escalated → Office hours']) {
      expect(history).toContain(step);
    }
    expect(history).toContain('Test showing the monthly equivalent next to the annual price on the upgrade screen.');
    expect(history).toContain('Run the next framing test split by platform and share the result');
    await screenshot(page, 'walk-mentor-maya');

    // (b) The presence gap is EQ (communication) with the Mirror method; Sam's feedback is in the mirror.
    await go('Skill gaps');
    const eqGap = page.getByRole('article', { name: /lack executive presence/ });
    expect(await eqGap.textContent()).toMatch(/EQ.*communication.*Mirror method/s);
    await go('Mirror');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('silence under pressure');
    await expect.poll(() => page.getByRole('main').textContent()).toContain('Sam Okafor');
    await screenshot(page, 'walk-mirror');

    // (b) Sam is an active mirror relationship: his page holds the request, his feedback, the
    // grateful reply and the counter-behaviour adopted.
    await go('Mentors');
    await page.getByRole('region', { name: 'Replied', exact: true }).getByRole('link', { name: 'Sam Okafor' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe('Sam Okafor');
    const feedback = page.getByRole('list', { name: 'Feedback from Sam Okafor' });
    await expect.poll(() => feedback.textContent()).toContain('you stop talking and look down while you think');
    const said = await feedback.textContent();
    expect(said).toMatch(/Asked on \d{4}-\d\d-\d\dspecific/);
    expect(said).toMatch(/Adopted on \d{4}-\d\d-\d\d: That's a great question\. I'm going to take 10 seconds/);
    expect(said).toMatch(/grateful\s*You replied on \d{4}-\d\d-\d\d: Thank you, Sam/);
    expect(await page.getByRole('main').textContent()).toContain('Present the quarterly roadmap review to the executive team');
    await screenshot(page, 'walk-mentor-sam');

    // Compose: the classic wrong first ask is caught, with its rewrite.
    await go('Compose');
    await page.getByRole('textbox', { name: 'Ask message' }).click();
    await page.keyboard.type('Will you be my mentor?');
    const panel = page.getByRole('region', { name: 'Check results' });
    await expect.poll(() => panel.getByRole('button', { name: /^Show in the text: ?error ?mentorship-request\b/ }).isVisible()).toBe(true);
    expect(await panel.getByTestId('suggestion-mentorship-request').textContent()).toBeTruthy();
    await screenshot(page, 'walk-compose');

    // The coach opens on the demo workspace too.
    await go('Coach');
    await screenshot(page, 'walk-coach');
    expect(page.errors).toEqual([]);
  });
});
