import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { ensureLocalUser } from '../../src/boot/ensure-local-user.js';
import { createClock } from '../../src/core/clock.js';
import { newId } from '../../src/core/ids.js';
import { loadDemo } from '../../src/core/portability/load-demo.js';
import { type RunningServer, startServer } from '../../src/server/start-server.js';
import { openStore } from '../../src/store/open-store.js';
import { repoRoot } from '../helpers/cli.js';

/** Debian's Chromium, which CI installs; a browser is never downloaded. */
export const chromiumPath = process.env.UNDERSTUDY_CHROMIUM ?? '/usr/bin/chromium';

/** Where screenshots of the main pages are kept as test artifacts. */
export const screenshotDir = join(repoRoot, 'test-artifacts', 'screenshots');

/** A running Understudy (built web app + API) on a fresh SQLite workspace. */
export interface TestServer {
  url: string;
  /** The workspace file, for checks made outside the browser. */
  database: string;
  close(): Promise<void>;
}

/**
 * Starts `understudy serve` in this process on a free port over a new workspace, with the
 * demo workspace (the two worked examples) loaded when `demo` is set. `today` fixes the date.
 */
export async function startTestServer(options: { demo?: boolean; today?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'understudy-e2e-'));
  const database = join(dir, 'workspace.db');
  if (options.demo) {
    const store = await openStore({ url: database });
    const clock = createClock(options.today);
    const user = await ensureLocalUser(store, clock);
    await loadDemo({ ws: store.workspace(user.id), clock, newId });
    await store.close();
  }
  // UNDERSTUDY_WEB_ROOT points at another build of the web app (default: dist/web).
  const server: RunningServer = await startServer({
    config: { databaseUrl: database, today: options.today, debug: false },
    host: '127.0.0.1',
    port: 0,
    webRoot: process.env.UNDERSTUDY_WEB_ROOT,
  });
  return {
    url: server.url.replace(/\/$/, ''),
    database,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Headless Chromium with a fresh profile, kept off the network it cannot reach. */
export interface TestBrowser {
  /** A new tab that records every error the app logs or throws in the browser. */
  newPage(): Promise<Page & { errors: string[] }>;
  cleanup(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile. `timezoneId` sets the browser's time zone (its
 * clock's zone, not the machine's), for pages that write times in the reader's zone.
 */
export async function launchBrowser(
  extraArgs: readonly string[] = [],
  options: { bypassCSP?: boolean; timezoneId?: string } = {},
): Promise<TestBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'understudy-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 860 },
    // Only for tools injected into the page (the accessibility checker); never for the app's own tests.
    bypassCSP: options.bypassCSP ?? false,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
  return {
    async newPage() {
      const page = await context.newPage();
      // Well inside the test's own timeout, so a missing element fails with its locator named.
      page.setDefaultTimeout(15_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      return Object.assign(page, { errors });
    },
    async cleanup() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as `test-artifacts/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
