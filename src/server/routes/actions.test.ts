import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { ask, useLoopApi } from '../../../test/helpers/loop-api.js';

describeEachDialect('the actions API', (_dialect, newDatabase) => {
  const { send, ok, refused, actions, addMaya, logMessage, capturedAdvice, expectDocumented } = useLoopApi(newDatabase);

  it('shows a follow-up 10 days after an ask, with a reason naming the mentor', async () => {
    const { mentor, relationship } = await addMaya();
    const sent = await logMessage(relationship.id, 'ask', ask);
    const followUp = `follow-up:${sent.id}`;
    expect((await actions('today=2026-12-07&days=0')).map((a) => a.id)).not.toContain(followUp);
    const due = (await actions('today=2026-12-08&days=0')).find((a) => a.id === followUp);
    expect(due).toMatchObject({ kind: 'follow-up', dueOn: '2026-12-08', mentorId: mentor.id });
    expect(due?.reason).toContain('Maya Lindqvist');
    expect((await actions('days=10')).map((a) => a.id)).toContain(followUp);
    expect((await actions('days=9')).map((a) => a.id)).not.toContain(followUp);

    for (const query of ['days=abc', 'days=-1', 'days=367', 'days=1.5', 'today=2026-02-30', 'today=tomorrow']) {
      const bad = await refused('GET', `/api/next-actions?${query}`);
      expect(bad, query).toMatchObject({ status: 400, code: 'invalid_input' });
    }
    expect(await refused('GET', '/api/next-actions.ics?days=1000')).toMatchObject({ status: 400 });
    expect(await refused('GET', '/api/losing-touch?today=soon')).toMatchObject({ status: 400 });
  });

  it('serves next actions as a calendar file with stable UIDs', async () => {
    const { relationship } = await addMaya();
    const sent = await logMessage(relationship.id, 'ask', ask);
    const first = await send('GET', '/api/next-actions.ics');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="understudy-next-actions.ics"');
    expect(first.text).toMatch(/^BEGIN:VCALENDAR/);
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]?.trim());
    expect(uids(first.text)).toContain(`follow-up:${sent.id}@understudy`);
    const second = await send('GET', '/api/next-actions.ics?days=30');
    expect(uids(second.text)).toEqual(uids(first.text));
    expect(uids((await send('GET', '/api/next-actions.ics?days=5')).text)).not.toContain(`follow-up:${sent.id}@understudy`);
  });

  it('lists relationships past their maximum gap as losing touch', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { context: 'the upgrade screen' });
    expect(await ok('GET', '/api/losing-touch')).toEqual([]);
    const slipping = await ok<Array<{ mentorName: string; daysSince: number }>>('GET', '/api/losing-touch?today=2027-01-28');
    expect(slipping).toMatchObject([{ mentorName: 'Maya Lindqvist', daysSince: 61 }]);
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    await expectDocumented([
      ['get', '/api/next-actions'],
      ['get', '/api/next-actions.ics'],
      ['get', '/api/losing-touch'],
    ]);
  });
});
