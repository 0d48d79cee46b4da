import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { demoBackup, openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { backupWorkspace, serializeBackup } from './backup-workspace.js';
import { loadDemo } from './load-demo.js';
import { restoreWorkspace } from './restore-workspace.js';

describeEachDialect('two restores at once', (_dialect, newDatabase) => {
  let first: string;
  let second: string;
  let target: TestWorkspace;

  beforeAll(async () => {
    first = await demoBackup(await newDatabase());
    second = await demoBackup(await newDatabase());
    expect(first).not.toBe(second);
  });
  beforeEach(async () => {
    target = await openTestWorkspace(await newDatabase());
  });
  afterEach(() => target.close());

  /**
   * The context seen by `count` restores whose transactions meet before any of them goes on: each
   * waits, once open, until all are open (or a second has passed, as on SQLite, where one write
   * transaction waits for the other to end), so their reads and writes truly overlap.
   */
  const meeting = (ctx: Context, count: number): Context => {
    let open = 0;
    let release: () => void = () => {};
    const allOpen = new Promise<void>((resolve) => {
      release = resolve;
    });
    const meet = (ws: Workspace): Workspace => ({
      ...ws,
      transaction: (fn) =>
        ws.transaction(async (inner) => {
          open += 1;
          if (open === count) release();
          await Promise.race([allOpen, new Promise((resolve) => setTimeout(resolve, 1_000))]);
          return fn(inner);
        }),
    });
    return { ...ctx, ws: meet(ctx.ws) };
  };

  it('one wins, the other is refused as "not empty", and the workspace holds exactly the winner', async () => {
    const ctx = meeting(target.ctx, 2);
    const results = await Promise.allSettled([restoreWorkspace(ctx, { backup: first }), restoreWorkspace(ctx, { backup: second })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected')?.reason as unknown;
    expect(isAppError(refused) && refused.code).toBe('conflict');
    expect((refused as Error).message).toMatch(/not empty/);
    const now = serializeBackup(await backupWorkspace(target.ctx));
    expect(now).toBe(results[0]?.status === 'fulfilled' ? first : second);
  });

  it('a restore and the demo at once: one wins and the other is refused, never a mix', async () => {
    const ctx = meeting(target.ctx, 2);
    const results = await Promise.allSettled([restoreWorkspace(ctx, { backup: first }), loadDemo(ctx)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected')?.reason as unknown;
    expect(isAppError(refused) && refused.code).toBe('conflict');
    const backup = await backupWorkspace(target.ctx);
    expect(backup.entities.outcomes).toHaveLength(2);
    expect(backup.entities.mentors).toHaveLength(2);
  });

  it('two demos at once: one loads, the other is refused', async () => {
    const ctx = meeting(target.ctx, 2);
    const results = await Promise.allSettled([loadDemo(ctx), loadDemo(ctx)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const backup = await backupWorkspace(target.ctx);
    expect(backup.entities.mentors).toHaveLength(2);
  });

  it('stays one at a time when three restores race, round after round', async () => {
    for (let round = 0; round < 3; round += 1) {
      const fresh = await openTestWorkspace(await newDatabase());
      try {
        const results = await Promise.allSettled([
          restoreWorkspace(fresh.ctx, { backup: second }),
          restoreWorkspace(fresh.ctx, { backup: first }),
          restoreWorkspace(fresh.ctx, { backup: second }),
        ]);
        expect(
          results.filter((r) => r.status === 'fulfilled'),
          `round ${round}`,
        ).toHaveLength(1);
        for (const r of results) if (r.status === 'rejected') expect((r.reason as { code?: string }).code).toBe('conflict');
        const winner = results[1]?.status === 'fulfilled' ? first : second;
        expect(serializeBackup(await backupWorkspace(fresh.ctx))).toBe(winner);
      } finally {
        await fresh.close();
      }
    }
  });
});
