import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many tests ran on PostgreSQL (or were skipped, and why), then one plain
 * `Tests: N passed, N failed, N skipped` line that any CI can read; when PostgreSQL tests were
 * skipped, that closing line says how many and how to run them.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const pg = { passed: 0, failed: 0, skipped: 0 };
    const reasons = new Set<string>();
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        const key = state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : 'skipped';
        counts[key] += 1;
        if (test.fullName.includes('[postgres]')) {
          pg[key] += 1;
          const reason = /\(skipped: ([^)]*)\)/.exec(test.fullName)?.[1];
          if (reason) reasons.add(reason);
        }
      }
    }
    const ran = pg.passed + pg.failed;
    const why = reasons.size ? ` because ${[...reasons].join('; ')}` : '';
    const howToRun =
      pg.skipped > 0
        ? ` (${pg.skipped} PostgreSQL tests skipped${why}; to run them: UNDERSTUDY_TEST_POSTGRES_URL=postgres://USER@HOST:5432/DB npm test)`
        : '';
    const lines = [
      '',
      `PostgreSQL tests: ${ran} ran (${pg.passed} passed, ${pg.failed} failed), ${pg.skipped} skipped${why}`,
      `Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${howToRun}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  }
}
