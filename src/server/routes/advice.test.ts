import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { type Advice, type Relationship, useLoopApi } from '../../../test/helpers/loop-api.js';

describeEachDialect('the advice API', (_dialect, newDatabase) => {
  const { ok, refused, capturedAdvice, expectDocumented } = useLoopApi(newDatabase);

  it('walks advice through capture, apply, result and circle-back, refusing steps out of order', async () => {
    const { relationshipId, messageId, advice, created } = await capturedAdvice();
    expect(created).toBe(2);
    const [first, second] = advice;
    if (!first || !second) throw new Error('no advice captured');
    expect((await ok<{ created: number }>('POST', '/api/advice/capture', { messageId }, 201)).created).toBe(0);

    expect(await refused('POST', `/api/advice/${first.id}/result`, { result: 'Take rate up 5 points' })).toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409, code: 'illegal_transition' });

    const applied = await ok<{ advice: Advice; relationship: Relationship }>('POST', `/api/advice/${first.id}/apply`, {
      context: 'the Q4 upgrade screen',
    });
    expect(applied.advice).toMatchObject({ appliedOn: '2026-11-28' });
    expect(applied.relationship.stage).toBe('applied');
    expect(await refused('POST', `/api/advice/${first.id}/apply`, { context: 'again' })).toMatchObject({ status: 409 });
    expect(await refused('POST', `/api/advice/${second.id}/apply`, { context: '   ' })).toMatchObject({ status: 400 });
    expect(await refused('POST', `/api/advice/${second.id}/apply`, { on: '2026-12-01', context: 'later' })).toMatchObject({ status: 400 });

    const result = await ok<Advice>('POST', `/api/advice/${first.id}/result`, { result: 'Annual take rate 18% → 23%' });
    expect(result.result).toBe('Annual take rate 18% → 23%');
    // By hand the loop does not close: the circle-back message that reports the result closes it.
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, { on: '2026-11-28' })).toMatchObject({ status: 400 });
    const circleBack =
      'Hi Maya, thank you for the tip: we showed the monthly equivalent on our upgrade screen and the annual take rate went from 18% to 23%.';
    const circled = await ok<{ advice: Advice[]; relationship: Relationship }>(
      'POST',
      '/api/messages',
      { relationshipId, kind: 'circle-back', body: circleBack, adviceIds: [first.id] },
      201,
    );
    expect(circled.advice[0]?.circledBackOn).toBe('2026-11-28');
    expect(circled.relationship.stage).toBe('circled-back');
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409 });

    // Advice can be corrected: merged, edited and removed.
    const extra = await ok<Advice>('POST', '/api/advice', { relationshipId, text: 'cut the setup steps instead' }, 201);
    const merged = await ok<Advice>('POST', '/api/advice/merge', { adviceIds: [second.id, extra.id] });
    expect(merged).toMatchObject({ id: second.id, text: expect.stringMatching(/cut the setup steps instead$/) });
    expect(await refused('GET', `/api/advice/${extra.id}`)).toMatchObject({ status: 404 });
    expect(await refused('POST', '/api/advice/merge', { adviceIds: [second.id, first.id] })).toMatchObject({ status: 409 });
    const edited = await ok<Advice>('PATCH', `/api/advice/${second.id}`, { resultExpectedOn: '2026-12-20' });
    expect(edited.resultExpectedOn).toBe('2026-12-20');
    expect(await refused('PATCH', `/api/advice/${second.id}`, { circledBackOn: '2026-11-28' })).toMatchObject({ status: 400 });
    expect(await refused('PATCH', `/api/advice/${second.id}`, { resultExpectedOn: '2026-01-01' })).toMatchObject({ status: 400 });

    const record = await ok<{
      counts: Record<string, number>;
      open: Array<{ advice: Advice; next: string }>;
      escalationSuggested: boolean;
    }>('GET', `/api/relationships/${relationshipId}/mentee-record`);
    expect(record.counts).toEqual({ received: 2, applied: 1, withResult: 1, circledBack: 1, circledBackWithResult: 1 });
    expect(record.open.map((o) => [o.advice.id, o.next])).toEqual([[second.id, 'apply']]);
    expect(record.escalationSuggested).toBe(true);

    for (const [method, path, body] of [
      ['POST', '/api/advice/no-such-advice/apply', { context: 'x' }],
      ['POST', '/api/advice/no-such-advice/result', { result: 'x' }],
      ['POST', '/api/advice/no-such-advice/circled-back', {}],
      ['POST', '/api/advice/capture', { messageId: 'no-such-message' }],
      ['GET', '/api/relationships/no-such-relationship/mentee-record', undefined],
    ] as const) {
      expect(await refused(method, path, body), path).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([
      ['post', '/api/advice/capture'],
      ['post', '/api/advice/{id}/apply'],
      ['post', '/api/advice/{id}/result'],
      ['post', '/api/advice/{id}/circled-back'],
      ['post', '/api/advice/merge'],
      ['get', '/api/relationships/{id}/mentee-record'],
    ]);
  });
});
