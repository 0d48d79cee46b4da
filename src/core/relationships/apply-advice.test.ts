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

  const passing = 'Thanks Maya! I tried your monthly-figure framing on our checkout page and annual uptake rose 12%.';
  const failing = 'Hi Maya, quick update: I did it.';
  const circleBack = (on: string, body = passing, adviceIds: string[] = [adviceId]) =>
    logMessage(t.on(on), { input: { relationshipId, kind: 'circle-back', body, sentOn: on, adviceIds } });

  it('walks one piece of advice through the loop and moves the relationship with it', async () => {
    const applied = await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'the Q4 checkout test' });
    expect(applied.advice).toMatchObject({ appliedOn: '2026-11-10', appliedContext: 'the Q4 checkout test' });
    expect(applied.relationship).toMatchObject({ stage: 'applied', stageSince: '2026-11-10' });
    expect(await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' })).toMatchObject({
      result: 'Annual plan uptake rose 12%',
    });
    const logged = await circleBack('2026-11-20');
    expect(logged.message.checkVerdict).toBe('pass');
    expect(logged.advice?.[0]).toMatchObject({ circledBackOn: '2026-11-20', circleBackMessageId: logged.message.id });
    expect(logged.relationship).toMatchObject({ stage: 'circled-back', stageSince: '2026-11-20' });
    expect(await stored()).toMatchObject({
      appliedOn: '2026-11-10',
      appliedContext: 'the Q4 checkout test',
      result: 'Annual plan uptake rose 12%',
      circledBackOn: '2026-11-20',
    });
  });

  it('logs a circle-back that fails its check, but it closes nothing and earns no escalation', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' });
    const logged = await circleBack('2026-11-18', failing);
    expect(logged.message.checkVerdict).toBe('revise');
    expect(logged.relationship.stage).toBe('applied');
    expect(await stored()).toMatchObject({ circledBackOn: null, circleBackMessageId: logged.message.id });
    const escalation = 'Maya, could I have 15 minutes on the annual plan? We weigh two discounts and I am stuck between them.';
    expect(
      (
        await refusal(
          logMessage(t.on('2026-11-19'), { input: { relationshipId, kind: 'escalation', body: escalation, sentOn: '2026-11-19' } }),
        )
      ).message,
    ).toMatch(/only after a circle-back that passed its check/);
    expect(await refusal(circledBack(t.ctx, { adviceId }))).toMatchObject({ message: expect.stringMatching(/failed its check/) });
    await circleBack('2026-11-20');
    expect(await stored()).toMatchObject({ circledBackOn: '2026-11-20' });
    expect(await stage()).toBe('circled-back');
  });

  it('needs the result before the loop closes: a passing circle-back logged first is linked, and closes it once the result is in', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    expect(await refusal(circledBack(t.ctx, { adviceId }))).toEqual({
      code: 'illegal_transition',
      message: 'Record what came of applying the advice (its result) before circling back about it',
    });
    const logged = await circleBack('2026-11-18');
    // The message passed, so the relationship has circled back; the advice waits for its result.
    expect(logged.relationship).toMatchObject({ stage: 'circled-back', stageSince: '2026-11-18' });
    expect(await stored()).toMatchObject({ circledBackOn: null, circleBackMessageId: logged.message.id });
    await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' });
    const closed = await circledBack(t.ctx, { adviceId });
    expect(closed.advice.circledBackOn).toBe('2026-11-18');
    expect(closed.relationship).toMatchObject({ stage: 'circled-back', stageSince: '2026-11-18' });
  });

  it('refuses to close by hand a loop no circle-back message reported on', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' });
    expect((await refusal(circledBack(t.ctx, { adviceId }))).message).toMatch(/Log the circle-back message/);
    expect(await stored()).toMatchObject({ circledBackOn: null });
    expect(await stage()).toBe('applied');
  });

  it('refuses a result or a circle-back before the advice was applied, and writes nothing', async () => {
    expect(await refusal(recordAdviceResult(t.ctx, { adviceId, result: 'It worked' }))).toEqual({
      code: 'illegal_transition',
      message: 'Apply the advice before recording its result',
    });
    expect(await refusal(circledBack(t.ctx, { adviceId }))).toEqual({
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
    await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' });
    expect(await refusal(circleBack('2026-11-09'))).toMatchObject({
      code: 'illegal_transition',
      message: expect.stringMatching(/cannot report on advice applied later \(2026-11-10\)/),
    });
    expect(await stored()).toMatchObject({ appliedOn: '2026-11-10', circledBackOn: null });
    expect(await t.ctx.ws.table('messages').list({ relationshipId, kind: 'circle-back' })).toHaveLength(0);
  });

  it('applies and circles back only once', async () => {
    await applyAdvice(t.ctx, { adviceId, on: '2026-11-10', context: 'checkout' });
    expect((await refusal(applyAdvice(t.ctx, { adviceId, on: '2026-11-11', context: 'again' }))).message).toMatch(
      /already applied on 2026-11-10/,
    );
    await recordAdviceResult(t.ctx, { adviceId, result: 'Annual plan uptake rose 12%' });
    await circleBack('2026-11-20');
    expect((await refusal(circleBack('2026-11-21'))).message).toMatch(/already circled back/);
    expect((await refusal(circledBack(t.ctx, { adviceId }))).message).toMatch(/already circled back/);
  });

  it('refuses unknown advice', async () => {
    expect((await refusal(applyAdvice(t.ctx, { adviceId: 'nope', on: '2026-11-10', context: 'x' }))).code).toBe('not_found');
    expect((await refusal(recordAdviceResult(t.ctx, { adviceId: 'nope', result: 'x' }))).code).toBe('not_found');
    expect((await refusal(circledBack(t.ctx, { adviceId: 'nope' }))).code).toBe('not_found');
  });
});
