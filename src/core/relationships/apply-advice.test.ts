import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { createRecord } from '../records/create-record.js';
import { addMentor } from './add-mentor.js';
import { applyAdvice } from './apply-advice.js';
import { circledBack } from './circle-back-advice.js';
import { logMessage } from './log-message.js';
import { recordAdviceResult } from './record-advice-result.js';

describeEachDialect('tracking advice: applied → result → circled back', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  let adviceId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    relationshipId = (await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } })).relationship.id;
    for (const [kind, sentOn, body] of [
      ['ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan do you show first?'],
      ['reply', '2026-11-05', 'Try showing the annual price as a monthly figure.'],
    ] as const) {
      await logMessage(t.on(sentOn), { input: { relationshipId, kind, body, sentOn } });
    }
    const advice = await createRecord(t.ctx, {
      entity: 'advice',
      input: { relationshipId, text: 'Show the annual price as a monthly figure', receivedOn: '2026-11-05' },
    });
    adviceId = advice.id;
  });
  afterEach(() => t.close());

  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => {
        throw new Error('expected a refusal');
      },
      (e: unknown) => {
        if (!isAppError(e)) throw e;
        return { code: e.code, message: e.message };
      },
    );
  const stored = async () => t.ctx.ws.table('advice').get(adviceId);
  const stage = async () => (await t.ctx.ws.table('relationships').get(relationshipId))?.stage;

  it('walks one piece of advice through the loop and moves the relationship with it', async () => {
    const applied = await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'the Q4 checkout test' });
    expect(applied.advice).toMatchObject({ appliedOn: '2026-11-10', appliedContext: 'the Q4 checkout test' });
    expect(applied.relationship).toMatchObject({ stage: 'applied', stageSince: '2026-11-10' });
    expect(await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' })).toMatchObject({
      result: 'Annual plan uptake rose 12%',
    });
    const circled = await circledBack(t.ctx, { adviceId, on: '2026-11-20' });
    expect(circled.advice.circledBackOn).toBe('2026-11-20');
    expect(circled.relationship).toMatchObject({ stage: 'circled-back', stageSince: '2026-11-20' });
    expect(await stored()).toMatchObject({
      appliedOn: '2026-11-10',
      appliedContext: 'the Q4 checkout test',
      result: 'Annual plan uptake rose 12%',
      circledBackOn: '2026-11-20',
    });
  });

  it('leaves the stage alone when a circle-back message moved it already', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    const body = 'Thanks Maya! I tried your monthly-figure framing on our checkout page and annual uptake rose 12%.';
    await logMessage(t.on('2026-11-18'), { input: { relationshipId, kind: 'circle-back', body, sentOn: '2026-11-18' } });
    const circled = await circledBack(t.ctx, { adviceId, on: '2026-11-18' });
    expect(circled.relationship).toMatchObject({ stage: 'circled-back', stageSince: '2026-11-18' });
    const moves = await t.ctx.ws.table('transitions').list({ relationshipId });
    expect(moves.filter((m) => m.toStage === 'circled-back')).toHaveLength(1);
  });

  it('refuses a result or a circle-back before the advice was applied, and writes nothing', async () => {
    expect(await refusal(recordAdviceResult(t.ctx, { adviceId, result: 'It worked' }))).toEqual({
      code: 'illegal_transition',
      message: 'Apply the advice before recording its result',
    });
    expect(await refusal(circledBack(t.ctx, { adviceId, on: '2026-11-20' }))).toEqual({
      code: 'illegal_transition',
      message: 'Apply the advice before circling back about it',
    });
    expect(await stored()).toMatchObject({ appliedOn: null, result: null, circledBackOn: null });
    expect(await stage()).toBe('replied');
  });

  it('refuses dates before the previous step, in the future, or not dates at all', async () => {
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-11-04', context: 'checkout' }))).message).toMatch(
      /before it was received \(2026-11-05\)/,
    );
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-12-01', context: 'checkout' }))).code).toBe('invalid_input');
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-02-30', context: 'checkout' }))).code).toBe('invalid_input');
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: '  ' }))).code).toBe('invalid_input');
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    expect(await refusal(circledBack(t.ctx, { adviceId, on: '2026-11-09' }))).toMatchObject({
      code: 'illegal_transition',
      message: expect.stringMatching(/before the advice was applied \(2026-11-10\)/),
    });
    expect(await stored()).toMatchObject({ appliedOn: '2026-11-10', circledBackOn: null });
  });

  it('applies and circles back only once', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-11-11', context: 'again' }))).message).toMatch(
      /already applied on 2026-11-10/,
    );
    await circledBack(t.ctx, { adviceId, on: '2026-11-20' });
    expect((await refusal(circledBack(t.ctx, { adviceId, on: '2026-11-21' }))).message).toMatch(/already circled back/);
  });

  it('refuses unknown advice', async () => {
    expect((await refusal(applyAdvice(t.ctx, { adviceId: 'nope', on: '2026-11-10', context: 'x' }))).code).toBe('not_found');
    expect((await refusal(recordAdviceResult(t.ctx, { adviceId: 'nope', result: 'x' }))).code).toBe('not_found');
    expect((await refusal(circledBack(t.ctx, { adviceId: 'nope', on: '2026-11-10' }))).code).toBe('not_found');
  });
});
