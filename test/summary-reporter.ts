import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many tests ran on PostgreSQL (or were skipped, and why), then one plain
 * `Tests: N passed, N failed, N skipped` line that any CI can read.
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
    const lines = [
      '',
      `PostgreSQL tests: ${ran} ran (${pg.passed} passed, ${pg.failed} failed), ${pg.skipped} skipped${reasons.size ? ` because ${[...reasons].join('; ')}` : ''}`,
      `Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
  }
}
