import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { nextActions } from '../actions/next-actions.js';
import { createRecord } from '../records/create-record.js';
import { updateRecord } from '../records/update-record.js';
import { addMentor } from './add-mentor.js';
import { applyAdvice } from './apply-advice.js';
import { getMenteeRecord } from './get-mentee-record.js';
import { logMessage } from './log-message.js';
import { moveRelationship } from './move-relationship.js';
import { recordAdviceResult } from './record-advice-result.js';

describeEachDialect('your record as a mentee', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    relationshipId = (await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } })).relationship.id;
    for (const [kind, sentOn, body] of [
      ['ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan do you show first?'],
      ['reply', '2026-11-05', 'Try a decoy plan. Show the annual price monthly.'],
    ] as const) {
      await logMessage(t.on(sentOn), { input: { relationshipId, kind, body, sentOn } });
    }
  });
  afterEach(() => t.close());

  const advice = async (text: string, receivedOn = '2026-11-05') =>
    (await createRecord(t.ctx, { entity: 'advice', input: { relationshipId, text, receivedOn } })).id;
  const record = () => getMenteeRecord(t.ctx, { relationshipId });
  const circleBack = (on: string, adviceIds: string[]) =>
    logMessage(t.on(on), {
      input: {
        relationshipId,
        kind: 'circle-back',
        sentOn: on,
        adviceIds,
        body: 'Thanks Maya! I tried your decoy plan idea on the plans page and annual uptake went from 20% to 26% in two weeks.',
      },
    });

  it('counts advice received, applied, with a result and circled back, with open loops due', async () => {
    const decoy = await advice('Try a decoy plan');
    const monthly = await advice('Show the annual price monthly');
    await advice('Read the pricing chapter', '2026-11-20');
    await applyAdvice(t.ctx, { adviceId: decoy, on: '2026-11-10', context: 'plans page' });
    await recordAdviceResult(t.ctx, { adviceId: decoy, result: 'No change in uptake' });
    await applyAdvice(t.ctx, { adviceId: monthly, on: '2026-11-12', context: 'checkout' });
    await updateRecord(t.ctx, { entity: 'advice', id: monthly, input: { resultExpectedOn: '2026-11-30' } });
    const r = await record();
    expect(r.counts).toEqual({ received: 3, applied: 2, withResult: 1, circledBack: 0, circledBackWithResult: 0 });
    // The same due dates as next actions: 7 days after applying, or the day the result is expected.
    expect(r.open.map((o) => [o.advice.text, o.next, o.dueOn, o.overdue])).toEqual([
      ['Try a decoy plan', 'circle back', '2026-11-17', true],
      ['Show the annual price monthly', 'circle back', '2026-11-30', false],
      ['Read the pricing chapter', 'apply', '2026-12-04', false],
    ]);
    const next = await nextActions(t.ctx, { horizonDays: 30 });
    expect(next.actions.filter((a) => a.adviceId).map((a) => [a.adviceId, a.dueOn])).toEqual(r.open.map((o) => [o.advice.id, o.dueOn]));
    expect(r.escalationSuggested).toBe(false);
    expect(r.suggestion).toMatch(/record its result and circle back/);
  });

  it('suggests escalating once a circle-back reported a result', async () => {
    const id = await advice('Try a decoy plan');
    expect((await record()).escalationSuggested).toBe(false);
    await applyAdvice(t.ctx, { adviceId: id, on: '2026-11-10', context: 'plans page' });
    await recordAdviceResult(t.ctx, { adviceId: id, result: 'Annual uptake up 12%' });
    expect((await record()).escalationSuggested).toBe(false);
    await circleBack('2026-11-14', [id]);
    const r = await record();
    expect(r).toMatchObject({ escalationSuggested: true, open: [] });
    expect(r.counts.circledBackWithResult).toBe(1);
    await moveRelationship(t.on('2026-11-20'), { relationshipId, to: 'escalated' });
    expect(await record()).toMatchObject({ escalationSuggested: false, suggestion: expect.stringMatching(/escalated/) });
  });

  it('reads an empty record, and refuses an unknown relationship', async () => {
    expect((await record()).counts).toEqual({ received: 0, applied: 0, withResult: 0, circledBack: 0, circledBackWithResult: 0 });
    await expect(getMenteeRecord(t.ctx, { relationshipId: 'missing' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
