import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, fixtureFile } from '../helpers/corpus.js';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

const rust = 'rfc/rust-rfc-3660-crates-io-crate-deletions.md';
const kep = 'rfc/k8s-kep-2225-contributor-site.md';
const vulndb = 'rfc/go-design-draft-vulndb.md';

/** A corpus document as a browser picks it: its file name, without the folder. */
function pick(path: string) {
  const { bytes } = corpusFile(path);
  return { name: path.split('/').pop() ?? path, mimeType: 'text/markdown', buffer: Buffer.from(bytes) };
}

/** The library, its documents read from the API. */
async function libraryItems(page: Page, url: string): Promise<Array<{ id: string; title: string; sourceFile: string | null }>> {
  const response = await page.request.get(`${url}/api/library`);
  return ((await response.json()) as { items: Array<{ id: string; title: string; sourceFile: string | null }> }).items;
}

describe('the library page in Chromium', () => {
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

  it('imports two dropped RFCs with their questions, builds a template and shows what a draft misses', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/library`);
    await page.getByLabel('Document files', { exact: true }).setInputFiles([pick(rust), pick(kep)]);
    const added = page.getByRole('list', { name: 'Documents added' });
    await expect.poll(() => added.getByRole('listitem').count()).toBe(2);
    expect(await added.textContent()).toMatch(/rust-rfc-3660.*answers \d+ questions/);

    // The first document dropped opens with its questions, each with the section that answers it.
    const questions = page.getByRole('list', { name: 'Questions this document answers' });
    await expect.poll(() => questions.textContent()).toMatch(/What else did we consider, and why not\?.*answered in “[^”]*alternatives”/i);
    const table = page.getByRole('table', { name: 'Documents in the library' });
    expect(await table.getByRole('row').count()).toBe(3);
    // Solo mode: no one to share with, so no share control, no team column and no team library.
    expect(await page.getByRole('switch', { name: 'Share with the team' }).count()).toBe(0);
    expect(await table.getByRole('columnheader', { name: 'Team' }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Team library' }).count()).toBe(0);
    expect(await table.getByRole('row', { name: /Contributor Site/ }).textContent()).toMatch(/PRD/);

    // The KEP answers the risks question in its own section; the mark is exactly the span it cites.
    await added.getByRole('button', { name: 'Show the questions of k8s-kep-2225-contributor-site.md' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 3 }).first().textContent()).toBe('Contributor Site');
    const risks = questions.getByRole('button', { name: /What could go wrong/ });
    await risks.click();
    expect(await risks.textContent()).toMatch(/answered in “[^”]*Risks/);
    const kepId = (await libraryItems(page, server.url)).find((d) => d.title === 'Contributor Site')?.id;
    const doc = (await (await page.request.get(`${server.url}/api/library/${kepId}`)).json()) as {
      body: string;
      questions: Array<{ questionId: string; spanStart: number; spanEnd: number }>;
    };
    const span = doc.questions.find((q) => q.questionId === 'risks');
    const mark = page.getByTestId('document-text').locator('mark');
    await expect.poll(() => mark.textContent()).toBe(doc.body.slice(span?.spanStart, span?.spanEnd));

    await page.getByRole('tab', { name: /Templates/ }).click();
    await page.getByLabel('Template name').fill('RFC');
    await page.getByRole('checkbox', { name: 'Contributor Site' }).check();
    await page.getByRole('checkbox', { name: /rust-rfc-3660/ }).check();
    await page.getByRole('button', { name: 'Create the template' }).click();
    const template = page.getByRole('region', { name: 'Template: RFC' });
    await expect.poll(() => template.textContent()).toMatch(/from 2 documents/);
    expect(await template.getByRole('switch').count()).toBe(0);
    expect(await template.textContent()).toMatch(/2 of 2 documents/);

    await page.getByRole('tab', { name: 'Draft check' }).click();
    await page
      .getByRole('textbox', { name: 'Draft', exact: true })
      .fill(new TextDecoder().decode(fixtureFile('library/draft-without-risks-and-metrics.md').bytes));
    await page.getByRole('button', { name: 'Check the draft' }).click();
    const missing = page.getByRole('list', { name: 'Missing questions' });
    await expect.poll(() => missing.getByRole('listitem').count()).toBe(2);
    const text = (await missing.textContent()) ?? '';
    expect(text).toMatch(/What could go wrong, and how will we mitigate it\?.*List the risks/);
    expect(text).toMatch(/How will we measure success\?.*Say how success will be measured/);
    const result = page.getByRole('region', { name: 'Draft check result' });
    expect(await result.textContent()).toMatch(/83%.*answers 10 of 12 questions of “RFC”/);
    expect(await page.getByRole('progressbar', { name: 'Coverage 83%' }).count()).toBe(1);
    await screenshot(page, 'library');
    expect(page.errors).toEqual([]);
  });

  it('adds the readable files of a drop and names each file it could not read, with the reason', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/library`);
    const broken = { name: 'broken.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 not a zip archive') };
    const note = { name: 'note.md', mimeType: 'text/markdown', buffer: Buffer.from('# A note\n\n## Problem\n\nPeople lose track.\n') };
    await page.getByLabel('Document files', { exact: true }).setInputFiles([broken, note]);
    const refused = page.getByRole('alert').filter({ hasText: 'One file was not added' });
    await expect.poll(() => refused.textContent()).toMatch(/broken\.docx: broken\.docx .*DOCX/);
    await expect.poll(() => page.getByRole('list', { name: 'Documents added' }).textContent()).toMatch(/note\.md: added/);
    expect((await libraryItems(page, server.url)).map((d) => d.sourceFile)).toContain('note.md');
    // Chromium logs the refused upload (400) as a console error of its own; nothing else may appear.
    expect(page.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
  });

  it('takes files dropped on the zone, turns away other types before sending, and chooses files from the keyboard', async () => {
    const page = await browser.newPage();
    const { buffer, name } = pick(kep);
    const seeded = await page.request.post(`${server.url}/api/library`, {
      multipart: { file: { name, mimeType: 'text/markdown', buffer } },
    });
    const [seed] = (await seeded.json()) as Array<{ id: string }>;
    const made = await page.request.post(`${server.url}/api/templates`, { data: { name: 'Dropped', artifactIds: [seed?.id] } });
    expect(made.status()).toBe(201);
    const uploads: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/api/library') && uploads.push(r.url()));
    await page.goto(`${server.url}/library`);

    // A real drop: a Markdown file and a picture; only the Markdown file is sent.
    const zone = page.getByText('Drop documents here');
    const transfer = await page.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['# Dropped note\n\n## Problem\n\nPeople lose track.\n'], 'dropped.md', { type: 'text/markdown' }));
      data.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'photo.png', { type: 'image/png' }));
      return data;
    });
    await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await expect.poll(() => page.getByRole('list', { name: 'Documents added' }).textContent()).toMatch(/dropped\.md: added/);
    expect(await page.getByRole('alert').filter({ hasText: 'One file was not added' }).textContent()).toMatch(
      /photo\.png: is not Markdown, text, HTML, DOCX or PDF/,
    );
    expect(uploads).toHaveLength(1);

    // The button beside the zone opens the file chooser.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose documents…' }).click();
    expect((await chooser).isMultiple()).toBe(true);

    // The draft check's zone is a button: Enter opens the chooser, and the chosen file is the draft.
    await page.getByRole('tab', { name: 'Draft check' }).click();
    const draftChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Drop a draft file here, or press Enter to choose one' }).focus();
    await page.keyboard.press('Enter');
    await (await draftChooser).setFiles({
      name: 'my-draft.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Draft\n\n## Risks\n\nNone.\n'),
    });
    await expect.poll(() => page.getByText('Draft file:').textContent()).toMatch(/my-draft\.md/);
    await page.getByRole('button', { name: 'Check the draft' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Draft check result' }).textContent())
      .toMatch(/The draft answers \d+ of \d+ questions/);
    expect(page.errors).toEqual([]);
  });

  it('finds a document by a word and marks the word in the snippet', async () => {
    const page = await browser.newPage();
    const { buffer, name } = pick(vulndb);
    const seeded = await page.request.post(`${server.url}/api/library`, {
      multipart: { file: { name, mimeType: 'text/markdown', buffer } },
    });
    expect(seeded.status()).toBe(201);
    await page.goto(`${server.url}/library`);
    await page.getByRole('tab', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the library' }).fill('vulnerability');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect.poll(() => results.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await results.getByRole('listitem').first().textContent()).toMatch(/Go Vulnerability Database/);
    const marks = await results.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const word of marks) expect(word).toMatch(/vulnerabilit/i);
    await results.getByRole('button', { name: /Go Vulnerability Database/ }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Questions this document answers' }).isVisible()).toBe(true);
    expect(page.errors).toEqual([]);
  });

  it('shows a document with a script and an event handler as text, running neither, and deletes it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/library`);
    const hostile = [
      '# Launch plan <img src=x onerror="window.__xss=1">',
      '',
      '## Problem',
      '',
      '<script>window.__xss=1</script>',
      'Customers cannot find the export button.',
      '',
      '## Risks',
      '',
      '<img src=x onerror="window.__xss=1"> might break the page.',
    ].join('\n');
    await page
      .getByLabel('Document files', { exact: true })
      .setInputFiles({ name: 'hostile.md', mimeType: 'text/markdown', buffer: Buffer.from(hostile) });
    await expect.poll(() => page.getByRole('list', { name: 'Documents added' }).textContent()).toMatch(/hostile\.md: added/);
    // The reader keeps the words of the markup as text; the title is changed to raw markup to see it shown as typed.
    const id = (await libraryItems(page, server.url)).find((d) => d.sourceFile === 'hostile.md')?.id;
    const markup = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    expect((await page.request.patch(`${server.url}/api/library/${id}`, { data: { title: markup } })).status()).toBe(200);
    await page.reload();
    await page.getByRole('table', { name: 'Documents in the library' }).getByRole('button', { name: markup, exact: true }).click();
    await expect
      .poll(() =>
        page
          .getByRole('region', { name: `Document: ${markup}` })
          .getByRole('heading', { level: 3 })
          .textContent(),
      )
      .toBe(markup);
    const body = page.getByTestId('document-text');
    expect(await body.textContent()).toContain('window.__xss=1');
    expect(await page.locator('main script, main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __xss?: number }).__xss)).toBeUndefined();

    // Deleting it takes two clicks and closes the view without asking for the deleted document again.
    await page.getByRole('button', { name: 'Delete this document' }).click();
    await page.getByRole('button', { name: 'Click again to delete' }).click();
    await expect.poll(() => page.getByRole('region', { name: `Document: ${markup}` }).count()).toBe(0);
    expect((await libraryItems(page, server.url)).map((d) => d.id)).not.toContain(id);
    expect(page.errors).toEqual([]);
  });
});
