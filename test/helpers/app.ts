import { workspacesOf } from '../../src/boot/open-workspace.js';
import { createClock } from '../../src/core/clock.js';
import type { Store } from '../../src/core/ports.js';
import { createApp } from '../../src/server/app.js';
import { allowedHosts } from '../../src/server/security.js';

/** Where test requests are addressed: the app's own origin. */
export const testBase = 'http://127.0.0.1:4477';

/** The app over `store` as the local server runs it, for `app.request()` tests. */
export function createTestApp(store: Store): ReturnType<typeof createApp> {
  return createApp({
    workspaces: workspacesOf(store, createClock('2026-11-28')),
    version: 'test',
    hosts: () => allowedHosts('127.0.0.1', 4477),
  });
}
