import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { addMentor } from './add-mentor.js';
import { moveRelationship } from './move-relationship.js';

describeEachDialect('moving a relationship', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    relationshipId = (await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } })).relationship.id;
  });
  afterEach(() => t.close());

  const move = (to: string, date?: string) => moveRelationship(t.ctx, { relationshipId, to, date });
  const failure = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: { code: string; message: string }) => e,
    );

  it('records each move with its date and the stage it left', async () => {
    await move('asked', '2026-11-02');
    const rel = await move('dormant', '2026-11-20');
    expect(rel).toMatchObject({ stage: 'dormant', stageSince: '2026-11-20' });
    const last = (await t.ctx.ws.table('transitions').list({ relationshipId })).at(-1);
    expect(last).toMatchObject({ fromStage: 'asked', toStage: 'dormant', date: '2026-11-20' });
  });

  it('refuses an illegal move with a clear message and writes nothing', async () => {
    const error = await failure(move('escalated'));
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toMatch(/Cannot move from "prospect" to "escalated"/);
    expect((await t.ctx.ws.table('relationships').get(relationshipId))?.stage).toBe('prospect');
    expect(await t.ctx.ws.table('transitions').list({ relationshipId })).toHaveLength(1);
  });

  it('refuses unknown stages, bad dates, future dates and dates before the current stage', async () => {
    expect((await failure(move('befriended'))).code).toBe('invalid_input');
    expect((await failure(move('asked', '2026-02-30'))).code).toBe('invalid_input');
    expect((await failure(move('asked', '2026-12-01'))).message).toMatch(/future/);
    expect((await failure(move('asked', '2026-10-01'))).message).toMatch(/before the current stage began/);
  });

  it('refuses an unknown relationship', async () => {
    expect((await failure(moveRelationship(t.ctx, { relationshipId: 'missing', to: 'asked' }))).code).toBe('not_found');
  });
});
