import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../test/helpers/workspace.js';
import { createRecord } from '../core/records/create-record.js';

describeEachDialect('a record table', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-03-01');
  });
  afterEach(() => t.close());

  it('gives the largest value of each group, of the owner’s rows only', async () => {
    const outcome = async (n: number) =>
      (await createRecord(t.ctx, { entity: 'outcomes', input: { statement: `Raise activation of team ${n} from 30% to 40%` } })).id;
    // The third has no check-in: it has no group.
    const [busy, quiet] = [await outcome(1), await outcome(2), await outcome(3)];
    for (const [outcomeId, date] of [
      [busy, '2026-01-10'],
      [busy, '2026-02-20'],
      [busy, '2026-02-03'],
      [quiet, '2026-01-05'],
    ] as const) {
      await createRecord(t.ctx, { entity: 'checkins', input: { outcomeId, date } });
    }
    // Another user's row on the same outcome id, written past the use-cases' checks: never counted.
    const other = {
      id: 'someone-else',
      name: 'Someone',
      role: null,
      level: null,
      createdAt: t.ctx.clock.now(),
      updatedAt: t.ctx.clock.now(),
    };
    await t.store.insertUser(other);
    await t.store.workspace(other.id).table('checkins').insert({
      id: 'foreign-checkin',
      userId: other.id,
      outcomeId: busy,
      date: '2026-12-31',
      value: null,
      note: null,
      confidence: null,
      createdAt: t.ctx.clock.now(),
      updatedAt: t.ctx.clock.now(),
    });

    const expected = new Map([
      [busy, '2026-02-20'],
      [quiet, '2026-01-05'],
    ]);
    expect(await t.ctx.ws.table('checkins').maxBy('date', 'outcomeId')).toEqual(expected);
    expect(await t.store.workspace(other.id).table('checkins').maxBy('date', 'outcomeId')).toEqual(new Map([[busy, '2026-12-31']]));
    expect(await t.ctx.ws.table('outcomes').maxBy('createdAt', 'status')).toEqual(new Map([['active', expect.any(String)]]));
  });
});
