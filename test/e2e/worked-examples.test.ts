import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

/*
 * Both worked examples of `init --demo`, walked through the UI from an empty workspace:
 * (a) a PM new to Growth who earned monthly office hours with a monetization leader through one
 * small ask, and (b) a senior PM who used a trusted peer as a mirror for executive presence.
 * A screenshot of every main page is saved on the way.
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
    expect(await page.getByRole('main').textContent()).toContain('Sam Okafor');
    await screenshot(page, 'walk-mirror');

    // Compose: the classic wrong first ask is caught, with its rewrite.
    await go('Compose');
    await page.getByRole('textbox', { name: 'Ask message' }).click();
    await page.keyboard.type('Will you be my mentor?');
    const panel = page.getByRole('region', { name: 'Check results' });
    await expect.poll(() => panel.getByRole('button', { name: /^Show in the text: ?error ?mentorship-request\b/ }).isVisible()).toBe(true);
    expect(await panel.getByTestId('suggestion-mentorship-request').textContent()).toBeTruthy();
    await screenshot(page, 'walk-compose');

    // The library and the coach open on the demo workspace too.
    await go('Library');
    await go('Coach');
    await screenshot(page, 'walk-coach');
    expect(page.errors).toEqual([]);
  });
});
