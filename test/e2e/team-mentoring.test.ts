import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type TestBrowser, type TestServer } from './harness.js';
import { signIn, startTeamTestServer } from './team-harness.js';

const ada = { email: 'ada@team.example', name: 'Ada Lovelace', password: 'ada has a long passphrase', role: 'member' as const };
const bo = { email: 'bo@team.example', name: 'Bo Chen', password: 'bo picks a long one too', role: 'member' as const };
const cy = { email: 'cy@team.example', name: 'Cy Park', password: 'cy keeps a long one as well', role: 'member' as const };

const gapStatement = 'I cannot write a pricing strategy the exec team adopts';
const failingAsk = 'Hi Ada! Would you be my mentor? Could we grab coffee sometime?';
const goodAsk =
  'Hi Ada, I watched your talk on pricing ladders. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
const reply = 'Thanks for asking! Try showing the annual price as a monthly figure. You should also test a decoy plan. Good luck.';
const advice = ['Try showing the annual price as a monthly figure.', 'You should also test a decoy plan.'];

/** A playbook Ada shares with the team and names as evidence of her excellence. */
const playbookTitle = 'Pricing Ladders Playbook';
const playbook = {
  name: 'pricing-ladders.md',
  mimeType: 'text/markdown',
  buffer: Buffer.from(
    `# ${playbookTitle}\n\n## Problem\n\nBuyers cannot compare plans.\n\n## Success metrics\n\nAnnual-plan take rate above 20%.\n`,
  ),
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'Pages' });

/** Names a strategy skill gap on the gaps page and opens its shortlist in the coach. */
async function strategyGapShortlist(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add skill gap' }).click();
  const form = page.getByRole('region', { name: 'New skill gap' });
  await form.getByRole('textbox', { name: 'Skill gap' }).fill(gapStatement);
  await form.getByRole('combobox', { name: 'Skill' }).click();
  await page.getByRole('option', { name: 'strategy (IQ)' }).click();
  await form.getByRole('button', { name: 'Save skill gap' }).click();
  const card = page.getByRole('article', { name: gapStatement });
  await card.getByRole('link', { name: 'Find mentors for this gap' }).click();
  await page.getByRole('heading', { level: 2, name: 'Coach' }).waitFor();
}

/** Replaces the text of the message editor, as typing it would. */
async function writeMessage(page: Page, name: string, text: string): Promise<void> {
  const editor = page.getByRole('textbox', { name });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

describe('team mentoring in Chromium: offer, directory, shortlist, asks and replies in the app', () => {
  let server: TestServer;
  let browserA: TestBrowser;
  let browserB: TestBrowser;
  let browserC: TestBrowser;
  beforeAll(async () => {
    server = await startTeamTestServer({ today: '2026-12-08', accounts: [ada, bo, cy] });
    // Three profiles: three people, each with their own cookies.
    [browserA, browserB, browserC] = await Promise.all([launchBrowser(), launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all([browserA?.cleanup(), browserB?.cleanup(), browserC?.cleanup()]);
    await server?.close();
  });

  it('A offers to mentor strategy for one ask a month; B finds A on the gap’s shortlist and asks in the app; A replies; B’s history has the reply and its advice; C learns A has no room until next month', {
    timeout: 300_000,
  }, async () => {
    // Ada shares a playbook with the team, to name it as evidence.
    const a = await browserA.newPage();
    await a.goto(`${server.url}/library`);
    await signIn(a, ada.email, ada.password);
    await a.getByLabel('Document files', { exact: true }).setInputFiles([playbook]);
    await a.getByRole('region', { name: `Document: ${playbookTitle}` }).waitFor();
    const share = a.getByRole('switch', { name: 'Share with the team' });
    await expect.poll(() => share.isEnabled()).toBe(true);
    await share.setChecked(true);
    await expect.poll(() => share.isChecked()).toBe(true);
    await expect.poll(() => share.isEnabled()).toBe(true);

    // Her offer: a save without a skill is refused, and the form says why in the API's words.
    await nav(a).getByRole('link', { name: 'Offer to mentor' }).click();
    await a.getByRole('status').filter({ hasText: 'You do not offer to mentor yet.' }).waitFor();
    const offer = a.getByRole('form', { name: 'Your offer to mentor' });
    await offer.getByRole('button', { name: 'Offer to mentor' }).click();
    const refused = a.getByRole('alert').filter({ hasText: 'Your offer was not saved' });
    await expect.poll(() => refused.textContent()).toContain('Skills: offer at least one skill');

    await offer.getByRole('checkbox', { name: 'strategy (IQ)' }).check();
    await offer.getByLabel('Tags', { exact: true }).fill('pricing');
    await offer.getByLabel('Tags', { exact: true }).press('Enter');
    await offer.getByRole('button', { name: 'Add evidence' }).click();
    const talk = offer.getByRole('group', { name: 'Evidence 1' });
    await talk.getByRole('textbox', { name: 'Link' }).fill('https://example.com/talks/pricing-ladders');
    await talk.getByRole('textbox', { name: 'Note' }).fill('Talk on pricing ladders');
    await offer.getByRole('button', { name: 'Add evidence' }).click();
    const playbookEvidence = offer.getByRole('group', { name: 'Evidence 2' });
    await playbookEvidence.getByRole('combobox', { name: 'Criterion' }).click();
    await a.getByRole('option', { name: 'Proven Excellence' }).click();
    await playbookEvidence.getByRole('combobox', { name: 'Shared document' }).click();
    await a.getByRole('option', { name: playbookTitle }).click();
    await offer.getByLabel('New asks a month').fill('1');
    await offer.getByRole('switch', { name: 'Offer office hours' }).check();
    // Office hours are written in the browser's time zone unless another is chosen.
    const zone = await a.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(await offer.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(zone);
    await offer.getByRole('group', { name: 'Slot 1' }).getByLabel('Starts at').fill('15:30');
    await offer.getByRole('switch', { name: 'Accept backstage requests' }).check();
    await offer.getByRole('button', { name: 'Offer to mentor' }).click();
    await a.getByRole('status').filter({ hasText: 'You offer to mentor strategy.' }).waitFor();
    expect(await refused.count()).toBe(0);
    await screenshot(a, 'mentoring-offer');

    // Bo finds Ada in the directory with her evidence and her room this month.
    const b = await browserB.newPage();
    await b.goto(`${server.url}/directory`);
    await signIn(b, bo.email, bo.password);
    const adaCard = b.getByRole('listitem', { name: ada.name });
    await expect.poll(() => adaCard.getByTestId('capacity').textContent()).toBe('0 of 1 new asks this month — room for 1 more');
    expect(await adaCard.textContent()).toContain('Accepts backstage requests');
    expect(await adaCard.textContent()).toMatch(/Weekly, .*: Tuesday 15:30 \(30 min\)/);
    const evidence = adaCard.getByRole('list', { name: `Evidence of ${ada.name}` });
    expect(await evidence.getByRole('link', { name: 'Talk on pricing ladders' }).getAttribute('href')).toBe(
      'https://example.com/talks/pricing-ladders',
    );
    await screenshot(b, 'mentoring-directory');
    await evidence.getByRole('link', { name: playbookTitle }).click();
    await b.getByRole('region', { name: `Shared document: ${playbookTitle}` }).waitFor();

    // Bo's strategy gap: Ada is on its shortlist, marked as a colleague, with the reasons.
    await nav(b)
      .getByRole('link', { name: /^Skill gaps/ })
      .click();
    await strategyGapShortlist(b);
    const shortlist = b.getByRole('list', { name: 'Shortlist' });
    const adaEntry = shortlist.getByRole('listitem').filter({ has: b.getByRole('list', { name: `Why ${ada.name}` }) });
    await adaEntry.waitFor();
    expect(await adaEntry.textContent()).toContain('colleague');
    expect(await adaEntry.getByRole('list', { name: `Why ${ada.name}` }).textContent()).toMatch(/offers to mentor strategy/);
    await screenshot(b, 'mentoring-shortlist');
    await adaEntry.getByRole('link', { name: `Ask ${ada.name} in the app` }).click();
    await b.getByRole('heading', { level: 2, name: `Write to ${ada.name} in the app` }).waitFor();

    // A failing ask is checked as it is typed, then held back by the server with its findings.
    const live = b.getByRole('region', { name: 'Check results' });
    await writeMessage(b, 'Ask message', failingAsk);
    await expect.poll(() => live.getByTestId('verdict').textContent()).toBe('revise');
    await b.getByRole('button', { name: 'Send in the app' }).click();
    const heldBack = b.getByRole('region', { name: 'Findings that held it back' });
    await expect.poll(() => heldBack.textContent()).toContain('mentorship-request');
    await b.getByRole('button', { name: 'Send anyway' }).waitFor();
    await screenshot(b, 'mentoring-held-back');

    // The good ask names Ada's talk and passes; it is delivered and logged in Bo's history.
    await writeMessage(b, 'Ask message', goodAsk);
    await expect.poll(() => live.getByTestId('verdict').textContent()).toBe('pass');
    await b.getByRole('button', { name: 'Send in the app' }).click();
    await b.getByText(`Sent to ${ada.name}’s inbox`).waitFor();
    expect(await b.getByRole('main').textContent()).toContain('the relationship is at asked');
    const historyLink = b.getByRole('link', { name: `See it in your history with ${ada.name}` });
    expect(await historyLink.getAttribute('href')).toMatch(/^\/mentors\/\w+/);

    // Ada's inbox counts it unread; she reads it and replies.
    await nav(a)
      .getByRole('link', { name: /^Inbox/ })
      .click();
    await expect
      .poll(() =>
        nav(a)
          .getByRole('link', { name: /^Inbox/ })
          .textContent(),
      )
      .toBe('Inbox1 unread');
    const fromBo = a.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(bo.name) });
    expect(await fromBo.textContent()).toContain('you mentor them');
    expect(await fromBo.textContent()).toContain('1 unread');
    await fromBo.click();
    await a.getByRole('heading', { level: 2, name: `Conversation with ${bo.name}` }).waitFor();
    const adaMessages = a.getByRole('list', { name: 'Messages' });
    await expect.poll(() => adaMessages.textContent()).toContain(goodAsk);
    expect(await adaMessages.textContent()).toContain('Check: pass');
    await expect
      .poll(() =>
        nav(a)
          .getByRole('link', { name: /^Inbox/ })
          .textContent(),
      )
      .toBe('Inbox');
    expect(await a.getByRole('main').textContent()).toContain(`${bo.name} does not share their record as a mentee with you.`);
    await a.getByRole('textbox', { name: 'Your reply' }).fill(reply);
    await a.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => adaMessages.getByRole('listitem').count()).toBe(2);
    await screenshot(a, 'mentoring-conversation-mentor');

    // Bo reads the reply with its advice, captures it and shares his record with Ada.
    await nav(b)
      .getByRole('link', { name: /^Inbox/ })
      .click();
    await b
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link', { name: new RegExp(ada.name) })
      .click();
    const replyItem = b.getByRole('listitem', { name: `Reply from ${ada.name}` });
    await expect
      .poll(() => replyItem.getByRole('list', { name: 'Advice in this reply' }).getByRole('listitem').allTextContents())
      .toEqual(advice);
    await replyItem.getByRole('button', { name: 'Capture advice' }).click();
    await b.getByText('Captured: 2 pieces of advice captured').waitFor();
    const shareRecord = b.getByRole('switch', { name: `Let ${ada.name} see my record as a mentee` });
    await shareRecord.click();
    await expect.poll(() => shareRecord.isChecked()).toBe(true);
    await b.getByText(`${ada.name} can now see your record as a mentee`).waitFor();
    await screenshot(b, 'mentoring-conversation-mentee');

    // Bo's history with Ada: the ask and the reply, the relationship at "replied", the advice tracked.
    await replyItem.getByRole('link', { name: `Your history with ${ada.name}` }).click();
    const relationship = b.getByRole('region', { name: 'Relationship 1' });
    await expect.poll(() => relationship.textContent()).toContain('Reply received');
    expect(await relationship.textContent()).toContain(reply);
    expect(await relationship.textContent()).toContain('Ask sent');
    for (const piece of advice) await relationship.getByRole('article', { name: `Advice: ${piece}` }).waitFor();

    // Ada, with Bo's leave, sees his record as a mentee in their conversation.
    await a.reload();
    const record = a.getByRole('region', { name: `${bo.name}’s record as a mentee` });
    await expect.poll(() => record.textContent()).toContain('Advice received 2');

    // Cy's strategy gap: Ada, at capacity, is not suggested but named apart with the day she has room.
    const c = await browserC.newPage();
    await c.goto(`${server.url}/gaps`);
    await signIn(c, cy.email, cy.password);
    await strategyGapShortlist(c);
    const noRoom = c.getByRole('list', { name: 'Colleagues without room' });
    await expect.poll(() => noRoom.textContent()).toContain(`${ada.name} has no capacity until 2027-01-01`);
    expect(await c.getByRole('link', { name: `Ask ${ada.name} in the app` }).count()).toBe(0);
    expect(await c.getByRole('list', { name: 'Shortlist' }).count()).toBe(0);
    await screenshot(c, 'mentoring-shortlist-no-room');
    await nav(c).getByRole('link', { name: 'Mentor directory' }).click();
    const full = c.getByRole('listitem', { name: ada.name });
    await expect.poll(() => full.getByTestId('capacity').textContent()).toBe('1 of 1 new asks this month — room again from 2027-01-01');
    expect(await full.getByRole('link', { name: `Ask ${ada.name} in the app` }).count()).toBe(0);

    // The only errors: each browser's first look for a session (401); Ada's offer before she made one (404),
    // and her save without a skill (400).
    expect(a.errors.filter((e) => !/\b(400|401|404)\b/.test(e))).toEqual([]);
    expect(b.errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(c.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });

  it('sends a failing ask anyway from the directory: delivered with its verdict, the mentor sees it unread', {
    timeout: 120_000,
  }, async () => {
    // Cy offers to mentor leadership (through the API: the form is proved above).
    const c = await browserC.newPage();
    await c.goto(`${server.url}/inbox`);
    await c.getByRole('heading', { level: 2, name: 'Inbox' }).waitFor();
    const saved = await c.evaluate(async () => {
      const answer = await fetch('/api/team/offer', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ skills: ['leadership'], asksPerMonth: 2 }),
      });
      return answer.status;
    });
    expect(saved).toBe(200);

    const b = await browserB.newPage();
    await b.goto(`${server.url}/directory`);
    await b.getByRole('combobox', { name: 'Skill' }).click();
    await b.getByRole('option', { name: 'leadership (EQ)' }).click();
    const mentors = b.getByRole('list', { name: 'Mentors' });
    await expect.poll(() => mentors.getByRole('listitem').count()).toBe(1);
    await mentors
      .getByRole('listitem', { name: cy.name })
      .getByRole('link', { name: `Ask ${cy.name} in the app` })
      .click();
    await writeMessage(b, 'Ask message', 'Hi Cy! Would you be my mentor? Could we grab coffee sometime?');
    await b.getByRole('button', { name: 'Send in the app' }).click();
    await b.getByRole('region', { name: 'Findings that held it back' }).waitFor();
    await b.getByRole('button', { name: 'Send anyway' }).click();
    await b.getByText(`Sent to ${cy.name}’s inbox`).waitFor();
    expect(await b.getByRole('main').textContent()).toContain('the check asked for a revision');

    await c.reload();
    const fromBo = c.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: new RegExp(bo.name) });
    await expect.poll(() => fromBo.textContent()).toContain('1 unread');
    await fromBo.click();
    await expect.poll(() => c.getByRole('list', { name: 'Messages' }).textContent()).toContain('Check: revise');

    // Cy withdraws her offer: she leaves the directory, and the conversation under way goes on.
    await nav(c).getByRole('link', { name: 'Offer to mentor' }).click();
    await c.getByRole('status').filter({ hasText: 'You offer to mentor leadership.' }).waitFor();
    await c.getByRole('button', { name: 'Withdraw my offer' }).click();
    await c.getByRole('status').filter({ hasText: 'You do not offer to mentor yet.' }).waitFor();
    await b.goto(`${server.url}/directory`);
    await mentors.getByRole('listitem', { name: ada.name }).waitFor();
    expect(await mentors.getByRole('listitem', { name: cy.name }).count()).toBe(0);
    await nav(b)
      .getByRole('link', { name: /^Inbox/ })
      .click();
    await b
      .getByRole('list', { name: 'Conversations' })
      .getByRole('link', { name: new RegExp(cy.name) })
      .waitFor();
    expect(b.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
