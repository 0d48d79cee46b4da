import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    // A limit against hangs, not a speed bar (speed is measured by `npm run bench`): tests that
    // run a dozen CLI processes take 20–30 s on a loaded two-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The browser tests wait for the page to settle; on a busy machine (test files run in
    // parallel) a check's results can take more than the default second to show.
    expect: { poll: { timeout: 10_000 } },
  },
});
