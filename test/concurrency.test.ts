import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { createRecord } from '../src/core/records/create-record.js';
import { repoRoot } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';
import { openTestWorkspace } from './helpers/workspace.js';

const run = promisify(execFile);
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const fixture = join(repoRoot, 'test', 'fixtures', 'add-checkins.ts');

describeEachDialect('two processes writing to one workspace', (_dialect, newDatabase) => {
  it('both finish and every write is kept: the second writer waits instead of failing', async () => {
    const url = await newDatabase();
    const setup = await openTestWorkspace(url);
    const outcome = await createRecord(setup.ctx, { entity: 'outcomes', input: { statement: 'Concurrent check-ins' } });
    await setup.close();

    const writers = [1, 2].map(() => run(tsx, [fixture, url, outcome.id, '150'], { cwd: repoRoot, timeout: 60_000 }));
    const results = await Promise.allSettled(writers);
    for (const result of results) {
      expect(result.status, result.status === 'rejected' ? String((result.reason as { stderr?: string }).stderr) : '').toBe('fulfilled');
    }
    const check = await openTestWorkspace(url);
    expect(await check.ctx.ws.table('checkins').list({ outcomeId: outcome.id })).toHaveLength(300);
    await check.close();
  });
});
