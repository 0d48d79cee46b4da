import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { createClock } from '../core/clock.js';
import { newId } from '../core/ids.js';
import type { Context, Store } from '../core/ports.js';
import { createRecord } from '../core/records/create-record.js';
import { openStore } from './open-store.js';

/*
 * The store keeps each user's rows to them by construction: whatever a use-case hands it, a
 * row is written into the acting user's workspace and no read, change or removal reaches
 * another user's rows, search included.
 */

const clock = createClock('2026-11-28');
const NOW = '2026-11-28T09:00:00.000Z';

describeEachDialect('the store scopes every row to its user', (_dialect, newDatabase) => {
  let store: Store;
  let ann: Context;
  let ben: Context;

  beforeAll(async () => {
    store = await openStore({ url: await newDatabase() });
    for (const id of ['ann', 'ben']) await store.insertUser({ id, name: id, role: null, level: null, createdAt: NOW, updatedAt: NOW });
    ann = { ws: store.workspace('ann'), clock, newId };
    ben = { ws: store.workspace('ben'), clock, newId };
  });
  afterAll(async () => {
    await store?.close();
  });

  it('writes a row into the acting user’s workspace even when the row names another user', async () => {
    const row = { ...(await createRecord(ann, { entity: 'outcomes', input: { statement: 'Ship the pricing page' } })), id: newId() };
    await ben.ws.table('outcomes').insert({ ...row, userId: 'ann' });
    expect((await ben.ws.table('outcomes').get(row.id))?.userId).toBe('ben');
    expect(await ann.ws.table('outcomes').get(row.id)).toBeUndefined();
  });

  it('never hands a row over by a change, and reaches no other user’s row by id', async () => {
    const mine = await createRecord(ann, { entity: 'outcomes', input: { statement: 'Cut churn in half by June' } });
    const table = ben.ws.table('outcomes');
    expect(await table.get(mine.id)).toBeUndefined();
    expect(await table.listIn('id', [mine.id])).toEqual([]);
    expect((await table.list()).map((o) => o.id)).not.toContain(mine.id);
    expect(await table.update(mine.id, { statement: 'taken over' })).toBeUndefined();
    expect(await table.remove(mine.id)).toBe(false);
    // Ann's own change cannot give the row away either.
    await ann.ws.table('outcomes').update(mine.id, { userId: 'ben', statement: 'Cut churn by a third by June' });
    expect(await ann.ws.table('outcomes').get(mine.id)).toMatchObject({ userId: 'ann', statement: 'Cut churn by a third by June' });
    expect(await table.get(mine.id)).toBeUndefined();
  });

  it('searches only the acting user’s library documents', async () => {
    const doc = (title: string) => ({
      id: newId(),
      userId: 'ann',
      title,
      kind: 'other',
      tags: [],
      rating: null,
      sourceFile: null,
      body: `${title}: how we priced the annual plan.`,
      contentHash: null,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await ann.ws.table('artifacts').insert(doc('Wombat pricing memo') as never);
    expect((await ann.ws.searchArtifacts('wombat', 10)).length).toBe(1);
    expect(await ben.ws.searchArtifacts('wombat', 10)).toEqual([]);
    await ben.ws.table('artifacts').insert({ ...doc('Wombat launch email'), userId: 'ben' } as never);
    expect((await ben.ws.searchArtifacts('wombat', 10)).map((h) => h.title)).toEqual(['Wombat launch email']);
    expect((await ann.ws.searchArtifacts('wombat', 10)).map((h) => h.title)).toEqual(['Wombat pricing memo']);
  });
});
