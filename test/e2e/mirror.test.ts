import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

interface Listed<T> {
  items: T[];
}

const specificRequest =
  "During Thursday's pricing review, when finance pushed back on the discount, did I come across as confident or defensive?";
const rigidFeedback =
  'You made the call on the vendor in the first ten minutes and then refused to revisit it when security raised new concerns.';
const quietFeedback = 'In the pricing review you went quiet when the CFO pushed back, and people thought you had checked out.';

describe('Mirror in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  const list = async <T>(path: string): Promise<T[]> =>
    ((await (await fetch(`${server.url}${path}?limit=1000`)).json()) as Listed<T>).items;

  beforeAll(async () => {
    server = await startTestServer({ demo: true, today: '2026-11-28' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  it('checks feedback requests as you type and saves a specific one', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/mirror`);
    await page.getByRole('heading', { level: 2, name: 'Mirror' }).waitFor();
    const panel = page.getByRole('region', { name: 'Request check results' });
    await page.getByRole('textbox', { name: 'Feedback request' }).click();
    await page.keyboard.type('Any feedback?');
    await expect.poll(() => panel.getByTestId('verdict').textContent()).toBe('generic');
    for (const rule of ['no-event', 'no-focus', 'not-subjective']) {
      expect(await panel.getByRole('button', { name: new RegExp(`^Show in the text: ?error ?${rule}\\b`) }).count()).toBe(1);
    }
    expect(await page.locator('.cm-lintRange-error.cm-finding-no-event').count()).toBeGreaterThan(0);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(specificRequest);
    await expect.poll(() => panel.getByTestId('verdict').textContent()).toBe('specific');
    await page.getByRole('textbox', { name: 'Who you ask' }).fill('Priya Nair');
    await page.getByRole('button', { name: 'Save the request' }).click();
    await page.getByText('Saved your request to Priya Nair (specific)').waitFor();
    const requests = await list<{ giverName: string; body: string; checkVerdict: string }>('/api/feedback-requests');
    expect(requests.map((r) => [r.giverName, r.checkVerdict])).toContainEqual(['Priya Nair', 'specific']);
    expect(requests.find((r) => r.giverName === 'Priya Nair')?.body).toBe(specificRequest);
    expect(page.errors).toEqual([]);
  });

  it('logs feedback with its shadow side and shows what recurs', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/mirror`);
    await page.getByRole('tab', { name: 'Log feedback' }).click();
    const from = page.getByRole('textbox', { name: 'From' });
    const said = page.getByRole('textbox', { name: 'What they said' });
    const theme = page.getByRole('textbox', { name: 'Theme' });

    await from.fill('Priya Nair');
    await said.fill(rigidFeedback);
    await page.getByText('Suggested from the text: Decisive').waitFor();
    await theme.fill('Rigid once decided');
    await page.getByRole('button', { name: 'Log the feedback' }).click();
    await page.getByText('Logged the feedback from Priya Nair').waitFor();

    await from.fill('Lena Park');
    await said.fill(quietFeedback);
    await page.getByText('Suggested from the text: Thoughtful').waitFor();
    await theme.fill('Silence under pressure');
    await page.getByRole('button', { name: 'Log the feedback' }).click();
    await page.getByText('Logged the feedback from Lena Park').waitFor();

    const feedback = await list<{ giverName: string; strengthId: string | null; theme: string | null }>('/api/feedback');
    expect(feedback.map((f) => [f.giverName, f.strengthId, f.theme])).toEqual([
      ['Sam Okafor', 'thoughtful', 'silence under pressure'],
      ['Priya Nair', 'decisive', 'Rigid once decided'],
      ['Lena Park', 'thoughtful', 'Silence under pressure'],
    ]);
    // The demo's "silence under pressure" and the new one are one recurring theme.
    const themes = page.getByRole('list', { name: 'Themes', exact: true });
    await expect.poll(() => themes.getByRole('listitem').first().textContent()).toMatch(/^silence under pressurerecurring · 2 times/);
    const shadows = page.getByRole('list', { name: 'Shadow sides in your feedback' });
    await expect.poll(() => shadows.getByRole('listitem').first().textContent()).toContain('Thoughtfulrecurring · 2 times');
    expect(await shadows.textContent()).toContain('Decisive');
    expect(page.errors).toEqual([]);
  });

  it('checks a reply to feedback and applies the grateful rewrite', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/mirror`);
    await page.getByRole('tab', { name: 'Reply' }).click();
    await page.getByRole('combobox', { name: 'Feedback you are replying to' }).click();
    await page.getByRole('option', { name: /^Sam Okafor/ }).click();
    await page.getByRole('textbox', { name: 'Your reply' }).click();
    await page.keyboard.type("Thanks. Actually, I think I was pretty clear; the slides just weren't loading.");
    const panel = page.getByRole('region', { name: 'Reply check results' });
    await expect.poll(() => panel.getByTestId('verdict').textContent()).toBe('revise');
    await panel.getByRole('button', { name: 'Apply the rewrite for defensive' }).click();
    await expect.poll(() => panel.getByTestId('verdict').textContent()).toBe('grateful');
    const reply = await page.getByRole('textbox', { name: 'Your reply' }).textContent();
    expect(reply).toBe("Thank you, that's useful; I'll work on it.");
    await page.getByRole('button', { name: 'Save the reply' }).click();
    await page.getByText('Saved your reply to Sam Okafor (grateful)').waitFor();
    const replies = await list<{ body: string; checkVerdict: string }>('/api/feedback-replies');
    expect(replies.at(-1)).toMatchObject({ body: reply, checkVerdict: 'grateful' });
    expect(page.errors).toEqual([]);
  });

  it('shows the shadow side of a strength and of a piece of feedback', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/mirror`);
    await page.getByRole('tab', { name: 'Shadow sides' }).click();
    const input = page.getByRole('textbox', { name: 'A strength, or feedback you received' });
    const result = page.getByRole('region', { name: 'Shadow side found' });
    await input.fill('Thoughtful');
    await expect.poll(() => result.textContent()).toContain('Shadow: Goes silent under pressure and looks disengaged');
    expect(await result.textContent()).toContain('Counter: Say out loud that you are taking a moment');
    await input.fill(rigidFeedback);
    await expect.poll(() => result.textContent()).toMatch(/^Decisive \(confidence \d+%\)/);
    await screenshot(page, 'mirror');
    expect(page.errors).toEqual([]);
  });

  it('lists asking the same mirror again on the dashboard, three weeks after the demo adopted a counter-behaviour', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const card = page.getByRole('region', { name: 'Next actions' });
    const item = card.getByRole('listitem').filter({ hasText: 'Ask again' });
    await item.waitFor();
    const link = item.getByRole('link', { name: /^Ask Sam Okafor again about a moment like “Tuesday's roadmap review”/ });
    expect(await link.getAttribute('href')).toBe('/mirror');
    expect(page.errors).toEqual([]);
  });

  it('shows the history at 1024 px beside the forms: a request to a mentor, their feedback, the reply and the adoption', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 800 });
    const mentors = await list<{ id: string; name: string }>('/api/mentors');
    const sam = mentors.find((m) => m.name === 'Sam Okafor');
    if (!sam) throw new Error('the demo has no Sam Okafor');
    await page.goto(`${server.url}/mirror`);
    const history = page.getByRole('region', { name: 'History' });
    await history
      .getByRole('listitem', { name: /^Feedback received from Sam Okafor/ })
      .first()
      .waitFor();

    // Ask Sam again, as his mentor, about the same kind of moment.
    await page.getByRole('textbox', { name: 'Feedback request' }).click();
    await page.keyboard.type(specificRequest);
    await page.getByRole('combobox', { name: 'Mentor' }).first().click();
    await page.getByRole('option', { name: 'Sam Okafor' }).click();
    await page.getByRole('textbox', { name: 'Moment' }).fill("Thursday's pricing review");
    await page.getByRole('button', { name: 'Save the request' }).click();
    await page.getByText('Saved your request to Sam Okafor (specific)').waitFor();
    const asked = history.getByRole('listitem', { name: /^Request sent to Sam Okafor, 2026-11-28$/ });
    await asked.waitFor();
    expect(await asked.textContent()).toContain('specific');
    // Asking Sam again re-measures the demo's adopted behaviour: its reminder goes.
    const due = (await (await fetch(`${server.url}/api/next-actions?days=60`)).json()) as { actions: Array<{ kind: string }> };
    expect(due.actions.filter((a) => a.kind === 'remeasure')).toEqual([]);

    // His answer, logged against that request, is his; adopting it from the history dates it today.
    await page.getByRole('tab', { name: 'Log feedback' }).click();
    await page.getByRole('combobox', { name: 'Answers the request' }).click();
    await page.getByRole('option', { name: /^Sam Okafor, 2026-11-28/ }).click();
    await page.getByRole('textbox', { name: 'What they said' }).fill(quietFeedback);
    await page.getByRole('button', { name: 'Log the feedback' }).click();
    await page.getByText('Logged the feedback from Sam Okafor').waitFor();
    const received = history.getByRole('listitem', { name: /^Feedback received from Sam Okafor, 2026-11-28$/ });
    expect(await received.textContent()).toContain('shadow: Thoughtful');
    await received.getByRole('button', { name: 'Adopt a counter-behaviour' }).click();
    await received.getByRole('textbox', { name: 'What you will do differently' }).fill('Say I am taking ten seconds to think');
    await received.getByRole('button', { name: 'Adopt' }).click();
    await history.getByRole('listitem', { name: /^Adopted to Sam Okafor, 2026-11-28$/ }).waitFor();
    const feedback = await list<{ giverName: string; body: string; mentorId: string | null; adoptedOn: string | null }>('/api/feedback');
    // Lena's feedback of the test above has the same words; this one is Sam's.
    expect(feedback.find((f) => f.body === quietFeedback && f.giverName === 'Sam Okafor')).toMatchObject({
      mentorId: sam.id,
      adoptedOn: '2026-11-28',
    });

    // Themes over time: the demo's month and this one, the shadow of Thoughtful coming up again.
    const months = page.getByRole('list', { name: 'Themes by month' });
    expect(await months.getByRole('listitem').first().textContent()).toMatch(/^November 2026.*Thoughtful \(shadow\)/);
    // History and forms side by side at 1024 px, nothing wider than the window.
    const [historyBox, formBox] = [await history.boundingBox(), await page.getByRole('tablist', { name: 'What to do' }).boundingBox()];
    expect(historyBox && formBox && historyBox.x + historyBox.width <= formBox.x).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await screenshot(page, 'mirror-history');
    expect(page.errors).toEqual([]);
  });

  it("shows a mentor's feedback on their page: requests, what they said, the adoption and the replies", async () => {
    const page = await browser.newPage();
    const sam = (await list<{ id: string; name: string }>('/api/mentors')).find((m) => m.name === 'Sam Okafor');
    if (!sam) throw new Error('the demo has no Sam Okafor');
    await page.goto(`${server.url}/mentors/${sam.id}`);
    const section = page.getByRole('region', { name: 'Feedback from Sam Okafor' });
    const items = section.getByRole('list', { name: 'Feedback from Sam Okafor' });
    await expect.poll(() => items.textContent()).toContain(quietFeedback);
    const text = await items.textContent();
    expect(text).toContain('Adopted on 2026-11-28: Say I am taking ten seconds to think');
    expect(text).toContain('When you get stressed by a hard question');
    expect(text).toMatch(/Asked on 2026-11-28specific/);
    // The demo's reply, and the grateful one saved above (with its verdict).
    expect(text).toContain('You replied on 2026-11-14: Thank you, Sam');
    expect(text).toMatch(/grateful\s*You replied on 2026-11-28: Thank you, that's useful/);
    expect(text).not.toContain(rigidFeedback);
    await screenshot(page, 'mentor-feedback');
    expect(page.errors).toEqual([]);
  });
});
