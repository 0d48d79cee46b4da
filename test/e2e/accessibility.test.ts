import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startTestServer, type TestBrowser, type TestServer } from './harness.js';

const pages = ['/', '/coach', '/outcomes', '/gaps', '/mentors', '/compose', '/library', '/mirror', '/data'];

describe('accessibility of every main page, in both themes (axe-core, WCAG 2 A and AA)', () => {
  let server: TestServer;
  let browser: TestBrowser;
  beforeAll(async () => {
    server = await startTestServer({ demo: true, today: '2026-11-28' });
    // The checker is injected as a script, which the app's policy would rightly refuse.
    browser = await launchBrowser([], { bypassCSP: true });
  });
  afterAll(async () => {
    await browser?.cleanup();
    await server?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violation in the ${scheme} theme`, { timeout: 120_000 }, async () => {
      const page = await browser.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const problems: string[] = [];
      for (const path of pages) {
        await page.goto(`${server.url}${path}`);
        await page.getByRole('heading', { level: 2 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        for (const v of results.violations) {
          if (v.impact !== 'serious' && v.impact !== 'critical') continue;
          problems.push(
            `${path}: ${v.id} (${v.impact}) — ${v.help}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          );
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
