import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startTestServer, type TestBrowser, type TestServer } from './harness.js';

const TODAY = '2026-11-28';
const activeStages = ['Prospect', 'Asked', 'Replied', 'Applied', 'Circled back', 'Escalated', 'Office hours'];
const stageLabels: Record<string, string> = {
  prospect: 'Prospect',
  asked: 'Asked',
  replied: 'Replied',
  applied: 'Applied',
  'circled-back': 'Circled back',
  escalated: 'Escalated',
  'office-hours': 'Office hours',
  dormant: 'Dormant',
  declined: 'Declined',
};

/** A column of the board, by its heading. */
const column = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true });

async function send<T>(server: TestServer, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Adds a mentor at prospect and walks the relationship through `path`; returns the mentor's id. */
async function mentorAt(server: TestServer, name: string, path: string[]): Promise<string> {
  const { mentor, relationship } = await send<{ mentor: { id: string }; relationship: { id: string } }>(
    server,
    'POST',
    '/api/mentors/with-relationship',
    { mentor: { name, title: 'Director of Product', company: 'Northwind' } },
  );
  for (const to of path) await send(server, 'POST', `/api/relationships/${relationship.id}/moves`, { to });
  return mentor.id;
}

describe('the mentor board as one pipeline, in Chromium', () => {
  let server: TestServer;
  let browser: TestBrowser;
  let moves: Record<string, string[]>;
  let dormantId: string;
  beforeAll(async () => {
    server = await startTestServer({ demo: true, today: TODAY });
    browser = await launchBrowser();
    // The demo's mentors both have a relationship; one mentor waits with none.
    await send(server, 'POST', '/api/mentors', { name: 'Noor Haddad', title: 'VP Product', company: 'Northwind' });
    await mentorAt(server, 'Priya Raman', []);
    await mentorAt(server, 'Ana Ruiz', ['asked']);
    await mentorAt(server, 'Bo Chen', ['asked', 'replied', 'applied']);
    dormantId = await mentorAt(server, 'Dee Marsh', ['asked', 'dormant']);
    await mentorAt(server, 'Lin Park', ['declined']);
    moves = await send(server, 'GET', '/api/stage-moves');
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  for (const width of [1024, 1400]) {
    it(`shows the seven loop stages in one row at ${width} px with no horizontal scroll, the parked ones below`, async () => {
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${server.url}/mentors`);
      await page.locator('[data-card="Dee Marsh"]').waitFor();
      const boxes = [];
      for (const label of activeStages) {
        const box = await column(page, label).boundingBox();
        if (!box) throw new Error(`no column ${label}`);
        boxes.push(box);
      }
      const top = boxes[0]?.y ?? 0;
      for (const [i, box] of boxes.entries()) {
        expect(Math.abs(box.y - top), activeStages[i]).toBeLessThan(1);
        if (i > 0) expect(box.x, activeStages[i]).toBeGreaterThan((boxes[i - 1]?.x ?? 0) + (boxes[i - 1]?.width ?? 0) - 1);
        expect(box.x + box.width, activeStages[i]).toBeLessThanOrEqual(width);
      }
      const rowBottom = Math.max(...boxes.map((b) => b.y + b.height));
      for (const label of ['Dormant', 'Declined', 'No relationship yet']) {
        const box = await column(page, label).boundingBox();
        expect(box?.y, label).toBeGreaterThan(rowBottom);
      }
      expect(await page.getByRole('region', { name: 'Outside the loop' }).textContent()).toContain('Dee Marsh');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `mentors-board-${width}`);
      expect(page.errors).toEqual([]);
    });
  }

  it('explains every badge on a card: what it means and what to do', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${server.url}/mentors`);
    await page.locator('[data-card="Dee Marsh"]').waitFor();
    const badges = page.locator('[data-card] [data-badge]');
    const count = await badges.count();
    expect(count).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < count; i++) {
      const badge = badges.nth(i);
      const title = (await badge.getAttribute('title')) ?? '';
      expect(title).toMatch(/Next: .+\.$|Not started: .+Prospect\.$/);
      expect(await badge.getAttribute('aria-label')).toBe(title);
    }
    const asked = column(page, 'Asked').getByRole('note', { name: /^0 days in Asked \(smallest ask sent\)\. Next: Wait for the reply/ });
    expect(await asked.count()).toBe(1);
    const notStarted = column(page, 'No relationship yet').getByRole('note', { name: /^Not started/ });
    expect(await notStarted.count()).toBeGreaterThan(0);
    expect(page.errors).toEqual([]);
  });

  it('dims, while a card is dragged, the columns the rules do not allow from its stage', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`${server.url}/mentors`);
    const from = page.locator('[data-card="Ana Ruiz"]');
    await from.waitFor();
    const box = await from.boundingBox();
    if (!box) throw new Error('card not visible');
    // Pressed on the card below its name link, so releasing it does not follow the link.
    await page.mouse.move(box.x + 12, box.y + box.height - 8);
    await page.mouse.down();
    await page.mouse.move(box.x + 30, box.y + box.height - 4, { steps: 4 });
    const refused = 'Not a move the loop allows from there';
    const allowed = new Set((moves.asked ?? []).map((s) => stageLabels[s]));
    for (const label of [...activeStages.filter((l) => l !== 'Asked'), 'Dormant', 'Declined']) {
      await expect.poll(async () => (await column(page, label).textContent())?.includes(refused)).toBe(!allowed.has(label));
    }
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await expect.poll(() => page.getByText(refused).count()).toBe(0);
    await expect
      .poll(async () =>
        page
          .locator('[data-card="Ana Ruiz"]')
          .evaluateAll((els) => els.map((e) => e.closest('[data-column]')?.getAttribute('data-column'))),
      )
      .toEqual(['asked']);
    expect(page.errors).toEqual([]);
  });

  it('offers in "Move to stage" exactly the next stages the server allows', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    const options = async () => (await page.getByLabel('Move to stage').locator('option').allTextContents()).map((text) => text.trim());
    await page.goto(`${server.url}/mentors/${dormantId}`);
    await expect.poll(options).toEqual((moves.dormant ?? []).map((s) => stageLabels[s]));
    expect(await options()).not.toContain('Prospect');

    await page.goto(`${server.url}/mentors`);
    await page.locator('[data-card="Priya Raman"]').getByRole('link', { name: 'Priya Raman' }).click();
    await expect.poll(options).toEqual((moves.prospect ?? []).map((s) => stageLabels[s]));
    expect(await options()).toEqual(['Asked', 'Dormant', 'Declined']);
    await page.getByLabel('Move to stage').selectOption({ label: 'Asked' });
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(options).toEqual((moves.asked ?? []).map((s) => stageLabels[s]));
    expect(await options()).not.toContain('Office hours');
    await screenshot(page, 'mentor-stage-move');
    expect(page.errors).toEqual([]);
  });
});
