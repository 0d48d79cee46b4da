import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from './create-record.js';
import { deleteRecord } from './delete-record.js';
import { getRecord } from './get-record.js';
import { listRecords } from './list-records.js';
import { updateRecord } from './update-record.js';

describeEachDialect('records', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  const rejection = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: { code: string; message: string }) => e,
    );

  it('creates, reads, lists, changes and deletes an outcome', async () => {
    const created = await createRecord(t.ctx, {
      entity: 'outcomes',
      input: { statement: 'Raise activation from 30% to 40% by 2027-04-30', baseline: 30, target: 40, unit: '%', deadline: '2027-04-30' },
    });
    expect(created).toMatchObject({ status: 'active', userId: 'local', baseline: 30, kind: null });
    expect(await getRecord(t.ctx, { entity: 'outcomes', id: created.id })).toEqual(created);
    const changed = await updateRecord(t.ctx, { entity: 'outcomes', id: created.id, input: { status: 'achieved', target: 42.5 } });
    expect(changed).toMatchObject({ status: 'achieved', target: 42.5, statement: created.statement });
    expect(await listRecords(t.ctx, { entity: 'outcomes', where: { status: 'achieved' } })).toEqual([changed]);
    await deleteRecord(t.ctx, { entity: 'outcomes', id: created.id });
    expect(await listRecords(t.ctx, { entity: 'outcomes' })).toEqual([]);
  });

  it('keeps lists and numbers intact through the database', async () => {
    const mentor = await createRecord(t.ctx, {
      entity: 'mentors',
      input: { name: 'Ana Ruiz', expertise: ['pricing', 'growth loops'], personalInterests: ['climbing'], excellenceScore: 5 },
    });
    const read = await getRecord(t.ctx, { entity: 'mentors', id: mentor.id });
    expect(read.expertise).toEqual(['pricing', 'growth loops']);
    expect(read.personalInterests).toEqual(['climbing']);
    expect(read.handles).toEqual([]);
    expect(read.excellenceScore).toBe(5);
  });

  it('derives the category of a skill gap from its skill', async () => {
    const gap = await createRecord(t.ctx, { entity: 'gaps', input: { statement: 'I go quiet in exec reviews', skill: 'communication' } });
    expect(gap.category).toBe('eq');
    const changed = await updateRecord(t.ctx, { entity: 'gaps', id: gap.id, input: { skill: 'strategy' } });
    expect(changed.category).toBe('iq');
  });

  it('refuses invalid input naming the field, and stores nothing', async () => {
    const error = await rejection(createRecord(t.ctx, { entity: 'mentors', input: { name: 'Bo', excellenceScore: 9 } }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Invalid mentor: Proven Excellence must be 1–5');
    expect((await rejection(createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'x'.repeat(3_000) } }))).message).toBe(
      'Invalid outcome: Statement must be at most 2,000 characters',
    );
    expect((await rejection(createRecord(t.ctx, { entity: 'checkins', input: { outcomeId: 'x', date: '2026-02-30' } }))).message).toBe(
      'Invalid check-in: Date must be a date written YYYY-MM-DD',
    );
    expect((await rejection(createRecord(t.ctx, { entity: 'checkins', input: { outcomeId: 'x', confidence: 101 } }))).message).toBe(
      'Invalid check-in: Confidence must be 0–100',
    );
    expect((await rejection(createRecord(t.ctx, { entity: 'gaps', input: { statement: 'Roadmaps', skill: 'juggling' } }))).message).toBe(
      'Invalid skill gap: Skill must be one of execution, strategy, product-sense, communication, leadership, management',
    );
    expect((await rejection(createRecord(t.ctx, { entity: 'mentors', input: {} }))).message).toBe('Invalid mentor: Name is required');
    expect(await listRecords(t.ctx, { entity: 'mentors' })).toEqual([]);
  });

  it('refuses references to records that do not exist', async () => {
    const error = await rejection(createRecord(t.ctx, { entity: 'checkins', input: { outcomeId: 'missing', value: 3 } }));
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/No outcome with id missing/);
    expect(await listRecords(t.ctx, { entity: 'checkins' })).toEqual([]);
  });

  it('refuses an update that would make the record invalid, and keeps it unchanged', async () => {
    const outcome = await createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'Ship the pricing page' } });
    expect((await rejection(updateRecord(t.ctx, { entity: 'outcomes', id: outcome.id, input: { status: 'paused' } }))).code).toBe(
      'invalid_input',
    );
    expect(await getRecord(t.ctx, { entity: 'outcomes', id: outcome.id })).toEqual(outcome);
  });

  it('reports unknown ids as not found', async () => {
    expect((await rejection(getRecord(t.ctx, { entity: 'mentors', id: 'nope' }))).code).toBe('not_found');
    expect((await rejection(updateRecord(t.ctx, { entity: 'mentors', id: 'nope', input: { name: 'X' } }))).code).toBe('not_found');
    expect((await rejection(deleteRecord(t.ctx, { entity: 'mentors', id: 'nope' }))).code).toBe('not_found');
  });

  it('deletes what hangs off a record with it', async () => {
    const outcome = await createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'Cut churn by 2 points by June' } });
    await createRecord(t.ctx, { entity: 'checkins', input: { outcomeId: outcome.id, value: 7 } });
    const gap = await createRecord(t.ctx, {
      entity: 'gaps',
      input: { statement: 'Retention analysis', skill: 'execution', outcomeId: outcome.id },
    });
    await deleteRecord(t.ctx, { entity: 'outcomes', id: outcome.id });
    expect(await listRecords(t.ctx, { entity: 'checkins' })).toEqual([]);
    expect((await getRecord(t.ctx, { entity: 'gaps', id: gap.id })).outcomeId).toBeNull();
  });

  it('keeps one user’s records invisible to another', async () => {
    const mine = await createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'Mine' } });
    await t.store.insertUser({ id: 'other', name: 'Other', role: null, level: null, createdAt: 'x', updatedAt: 'x' });
    const other = t.store.workspace('other');
    expect(await other.table('outcomes').list()).toEqual([]);
    expect(await other.table('outcomes').get(mine.id)).toBeUndefined();
    expect(await other.table('outcomes').remove(mine.id)).toBe(false);
  });

  it('pages lists in a stable order', async () => {
    for (const name of ['Cy', 'Al', 'Bea']) await createRecord(t.ctx, { entity: 'mentors', input: { name } });
    const page = await t.ctx.ws.table('mentors').list({}, { limit: 2, offset: 1 });
    expect(page.map((m) => m.name)).toEqual(['Bea', 'Cy']);
  });

  it('rolls back every write of a failed transaction', async () => {
    await rejection(
      t.ctx.ws.transaction(async (ws) => {
        await createRecord({ ...t.ctx, ws }, { entity: 'outcomes', input: { statement: 'Half-written' } });
        throw new Error('boom');
      }),
    );
    expect(await listRecords(t.ctx, { entity: 'outcomes' })).toEqual([]);
  });
});
