import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, type TestBrowser, type TestServer } from './harness.js';
import { signIn, startTeamTestServer } from './team-harness.js';

const ann = { email: 'ann@team.example', name: 'Ann Admin', password: 'ann has a long passphrase', role: 'admin' as const };
const bob = { email: 'bob@team.example', name: 'Bob Member', password: 'bob picks a long one too', role: 'member' as const };

/** A small runbook Bob adds to his library; "zeppelin" is a word no other document has. */
const runbook = {
  name: 'zeppelin-runbook.md',
  mimeType: 'text/markdown',
  buffer: Buffer.from(
    [
      '# Zeppelin Launch Runbook',
      '',
      '## Problem',
      '',
      'Crews forget the zeppelin mooring checklist before a launch.',
      '',
      '## Risks',
      '',
      'The mast may not hold in high wind; we keep a second crew ready.',
      '',
      '## Success metrics',
      '',
      'Fewer than one missed checklist a quarter.',
      '',
    ].join('\n'),
  ),
};
const title = 'Zeppelin Launch Runbook';

const pagesNav = (page: Page) => page.getByRole('navigation', { name: 'Pages' });
const shareSwitch = (page: Page) => page.getByRole('switch', { name: 'Share with the team' });

/** Turns the open item's "Share with the team" switch to `on`, and waits for the server to agree. */
async function setShared(page: Page, on: boolean): Promise<void> {
  const control = shareSwitch(page);
  await expect.poll(() => control.isEnabled()).toBe(true);
  await control.setChecked(on);
  await expect.poll(() => control.isChecked()).toBe(on);
  await expect.poll(() => control.isEnabled()).toBe(true);
}

describe('sharing and the team library in Chromium', () => {
  let server: TestServer;
  let browserA: TestBrowser;
  let browserB: TestBrowser;
  beforeAll(async () => {
    server = await startTeamTestServer({ today: '2026-11-28', accounts: [ann, bob] });
    // Two profiles: two people, each with their own cookies.
    [browserA, browserB] = await Promise.all([launchBrowser(), launchBrowser()]);
  });
  afterAll(async () => {
    await browserA?.cleanup();
    await browserB?.cleanup();
    await server?.close();
  });

  it('a member shares a document and a template; the admin finds, reads and uses them, and sees them go when Bob stops sharing them', {
    timeout: 120_000,
  }, async () => {
    // Bob adds a document to his library and shares it, then a template built from it.
    const b = await browserB.newPage();
    await b.goto(`${server.url}/library`);
    await signIn(b, bob.email, bob.password);
    await b.getByLabel('Document files', { exact: true }).setInputFiles([runbook]);
    const own = b.getByRole('region', { name: `Document: ${title}` });
    await own.waitFor();
    const table = b.getByRole('table', { name: 'Documents in the library' });
    await expect.poll(() => table.getByRole('row', { name: new RegExp(title) }).textContent()).toContain('only you');
    expect(await shareSwitch(b).isChecked()).toBe(false);
    await setShared(b, true);
    await expect.poll(() => table.getByRole('row', { name: new RegExp(title) }).textContent()).toMatch(/(?<!un)shared(?!\w)/);

    await b.getByRole('tab', { name: /Templates/ }).click();
    await b.getByLabel('Template name').fill('Runbook');
    await b.getByRole('checkbox', { name: title }).check();
    await b.getByRole('button', { name: 'Create the template' }).click();
    await b.getByRole('region', { name: 'Template: Runbook' }).waitFor();
    await setShared(b, true);
    await screenshot(b, 'library-sharing');

    // Ann finds it in the team library by a word of its text, Bob named as its owner.
    const a = await browserA.newPage();
    await a.goto(`${server.url}/library`);
    await signIn(a, ann.email, ann.password);
    await a.getByRole('tab', { name: 'Team library' }).click();
    await a.getByRole('searchbox', { name: 'Search the team library' }).fill('zeppelin mooring');
    const results = a.getByRole('list', { name: 'Team search results' });
    await expect.poll(() => results.getByRole('listitem').count()).toBe(1);
    expect(await results.textContent()).toContain(`Shared by ${bob.name}`);
    expect(await results.locator('mark').first().textContent()).toMatch(/zeppelin|mooring/i);
    await results.getByRole('button', { name: title }).click();

    // It opens read-only: its questions and text, and nothing that edits, deletes or shares it.
    const shared = a.getByRole('region', { name: `Shared document: ${title}` });
    await expect.poll(() => shared.textContent()).toContain(`Shared by ${bob.name}`);
    await expect.poll(() => shared.getByTestId('document-text').textContent()).toContain('mooring checklist');
    expect(await shared.getByRole('list', { name: 'Questions this document answers' }).getByRole('listitem').count()).toBeGreaterThan(0);
    const main = a.getByRole('main');
    expect(await main.getByRole('button', { name: /delete|remove|save|edit/i }).count()).toBe(0);
    expect(await main.getByRole('combobox').count()).toBe(0);
    expect(await main.getByRole('radio').count()).toBe(0);
    expect(await main.getByRole('switch').count()).toBe(0);
    expect(await shared.getByRole('textbox').count()).toBe(0);
    await screenshot(a, 'team-library');

    // The shared template shows its questions, and Ann checks a draft of her own against it.
    await shared.getByRole('button', { name: 'Close', exact: true }).click();
    await a.getByRole('searchbox', { name: 'Search the team library' }).fill('');
    await a.getByRole('table', { name: 'Shared templates' }).getByRole('button', { name: 'Runbook' }).click();
    const template = a.getByRole('region', { name: 'Shared template: Runbook' });
    await expect.poll(() => template.textContent()).toContain(`Shared by ${bob.name}`);
    expect(await template.getByRole('list', { name: 'Questions of Runbook' }).getByRole('listitem').count()).toBeGreaterThan(1);

    await a.getByRole('tab', { name: 'Draft check' }).click();
    const picker = a.getByRole('combobox', { name: 'Template' });
    await expect.poll(() => picker.inputValue()).toBe(`Runbook — shared by ${bob.name}`);
    await a.getByRole('textbox', { name: 'Draft', exact: true }).fill('# My launch\n\n## Problem\n\nPeople miss steps.\n');
    await a.getByRole('button', { name: 'Check the draft' }).click();
    const result = a.getByRole('region', { name: 'Draft check result' });
    await expect.poll(() => result.textContent()).toMatch(/answers \d+ of \d+ questions of “Runbook”/);
    expect(await a.getByRole('list', { name: 'Missing questions' }).textContent()).toMatch(/go wrong|risk/i);

    // Bob stops sharing the document: after a reload Ann's team library no longer has it.
    await b.getByRole('tab', { name: /Documents/ }).click();
    await table.getByRole('button', { name: title }).click();
    await own.waitFor();
    expect(await shareSwitch(b).isChecked()).toBe(true);
    await setShared(b, false);
    await expect.poll(() => table.getByRole('row', { name: new RegExp(title) }).textContent()).toContain('only you');

    await a.reload();
    await a.getByRole('tab', { name: 'Team library' }).click();
    await a.getByText('No one has shared a document yet.').waitFor();
    await a.getByRole('table', { name: 'Shared templates' }).getByRole('button', { name: 'Runbook' }).waitFor();
    await a.getByRole('searchbox', { name: 'Search the team library' }).fill('zeppelin');
    await a.getByText('Nothing the team shared matches “zeppelin”.').waitFor();

    // Ann's team page shows the team's figures, the same counts the server gives.
    await pagesNav(a).getByRole('link', { name: 'Team' }).click();
    const section = a.getByRole('region', { name: 'Team figures' });
    await section.getByRole('figure', { name: 'Members: 2' }).waitFor();
    const figures = (await (await a.request.get(`${server.url}/api/team/figures`)).json()) as Record<string, number>;
    for (const [label, key] of [
      ['Active loops', 'activeLoops'],
      ['Circle-backs this month', 'circleBacks'],
      ['Asks this month', 'asks'],
      ['Asks that passed their check', 'asksPassed'],
    ] as const) {
      expect(await section.getByRole('figure', { name: `${label}: ${figures[key]}` }).count()).toBe(1);
    }
    expect(await section.textContent()).toContain('November 2026');
    await screenshot(a, 'team-figures');

    // Bob has no team page, so never the figures.
    expect(await pagesNav(b).getByRole('link', { name: 'Team' }).count()).toBe(0);
    await b.goto(`${server.url}/team`);
    await b.getByText('There is no page here').waitFor();
    expect(await b.getByRole('region', { name: 'Team figures' }).count()).toBe(0);
    // The only errors: each browser's first look for a session, before signing in (401).
    expect(a.errors.filter((e) => !e.includes('401'))).toEqual([]);
    expect(b.errors.filter((e) => !e.includes('401'))).toEqual([]);
  });
});
