import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { useLoopApi } from '../../../test/helpers/loop-api.js';

describeEachDialect('the meetings API', (_dialect, newDatabase) => {
  const { ok, refused, actions, addMaya, expectDocumented } = useLoopApi(newDatabase);

  it('logs a meeting whose action item shows in the next actions', async () => {
    const { relationship } = await addMaya();
    const logged = await ok<{ meeting: { id: string; date: string }; actionItems: Array<{ id: string; dueOn: string }> }>(
      'POST',
      '/api/meetings',
      {
        relationshipId: relationship.id,
        objective: 'Review the test plan',
        actionItems: [{ text: 'Send the test results', dueOn: '2026-12-03' }],
      },
      201,
    );
    expect(logged.meeting.date).toBe('2026-11-28');
    const item = (await actions('days=7')).find((a) => a.kind === 'action-item');
    expect(item).toMatchObject({ id: `action-item:${logged.actionItems[0]?.id}`, dueOn: '2026-12-03' });
    expect(item?.reason).toMatch(/Maya Lindqvist.*Send the test results/);

    const meetings = async () => (await ok<{ items: unknown[] }>('GET', '/api/meetings')).items.length;
    const before = { relationshipId: relationship.id, date: '2026-11-28', actionItems: [{ text: 'Too early', dueOn: '2026-11-01' }] };
    expect(await refused('POST', '/api/meetings', before)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/before the meeting/),
    });
    expect(await refused('POST', '/api/meetings', { relationshipId: relationship.id, date: '2026-12-01' })).toMatchObject({ status: 400 });
    expect(await refused('POST', '/api/meetings', { relationshipId: relationship.id, durationMinutes: 0 })).toMatchObject({ status: 400 });
    expect(await refused('POST', '/api/meetings', { relationshipId: 'no-such-relationship' })).toMatchObject({ status: 404 });
    expect(await meetings()).toBe(1);
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([['post', '/api/meetings']]);
  });
});
