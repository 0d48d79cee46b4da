import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { startRelationship } from '../relationships/start-relationship.js';
import { listMentorsWithStages } from './list-mentors-with-stages.js';

describeEachDialect('the mentors with their stages', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  it('gives every mentor by name, each with the stage of each relationship, oldest first', async () => {
    expect(await listMentorsWithStages(t.ctx)).toEqual([]);
    const gap = await createRecord(t.ctx, { entity: 'gaps', input: { statement: 'I have never run a pricing test', skill: 'execution' } });
    const maya = await addMentor(t.ctx, { input: { name: 'Maya Lindqvist' } });
    await moveRelationship(t.ctx, { relationshipId: maya.relationship.id, to: 'asked' });
    const second = await startRelationship(t.ctx, { input: { mentorId: maya.mentor.id, gapId: gap.id } });
    const ana = await createRecord(t.ctx, { entity: 'mentors', input: { name: 'Ana Diaz', expertise: ['pricing'] } });

    const listed = await listMentorsWithStages(t.ctx);
    expect(listed.map((m) => m.name)).toEqual(['Ana Diaz', 'Maya Lindqvist']);
    expect(listed[0]).toEqual({ ...ana, relationships: [] });
    expect(listed[1]).toEqual({
      ...maya.mentor,
      relationships: [
        { id: maya.relationship.id, stage: 'asked', stageSince: '2026-11-28', gapId: null, outcomeId: null },
        { id: second.id, stage: 'prospect', stageSince: '2026-11-28', gapId: gap.id, outcomeId: null },
      ],
    });
  });
});
