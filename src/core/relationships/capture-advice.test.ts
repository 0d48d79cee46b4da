import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { addMentor } from './add-mentor.js';
import { captureAdvice } from './capture-advice.js';
import { logMessage } from './log-message.js';

const REPLY = 'Thanks for asking! Try showing the annual price as a monthly figure. You should also test a decoy plan. Good luck.';

describeEachDialect('capturing advice from a reply', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    relationshipId = (await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } })).relationship.id;
  });
  afterEach(() => t.close());

  const log = async (kind: string, sentOn: string, body: string) =>
    (await logMessage(t.on(sentOn), { input: { relationshipId, kind, body, sentOn } })).message;
  const refusal = (work: Promise<unknown>) =>
    work.then(
      () => null,
      (e: unknown) => (isAppError(e) ? { code: e.code, message: e.message } : e),
    );

  it('stores each piece of advice, linked to the reply and received on its date', async () => {
    await log('ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan do you show first?');
    const reply = await log('reply', '2026-11-05', REPLY);
    const captured = await captureAdvice(t.ctx, { messageId: reply.id });
    expect(captured.created).toBe(2);
    expect(captured.advice.map((a) => [a.text, a.messageId, a.receivedOn, a.appliedOn])).toEqual([
      ['Try showing the annual price as a monthly figure.', reply.id, '2026-11-05', null],
      ['You should also test a decoy plan.', reply.id, '2026-11-05', null],
    ]);
    expect(await t.ctx.ws.table('advice').list({ relationshipId })).toEqual(captured.advice);
  });

  it('does not duplicate advice when the same reply is captured twice', async () => {
    await log('ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan do you show first?');
    const reply = await log('reply', '2026-11-05', REPLY);
    const first = await captureAdvice(t.ctx, { messageId: reply.id });
    const again = await captureAdvice(t.ctx, { messageId: reply.id });
    expect(again.created).toBe(0);
    expect(again.advice.map((a) => a.id)).toEqual(first.advice.map((a) => a.id));
    expect(await t.ctx.ws.table('advice').list({ relationshipId })).toHaveLength(2);
  });

  it('captures nothing from a reply without advice', async () => {
    await log('ask', '2026-11-02', 'Hi Maya, in your pricing talk, which plan do you show first?');
    const reply = await log('reply', '2026-11-05', 'Thanks for the kind words! Glad the talk helped.');
    expect(await captureAdvice(t.ctx, { messageId: reply.id })).toMatchObject({ advice: [], created: 0 });
  });

  it('refuses a message that is not a reply, and an unknown message', async () => {
    const ask = await log('ask', '2026-11-02', 'Hi Maya, you should try our app. Which plan do you show first?');
    expect(await refusal(captureAdvice(t.ctx, { messageId: ask.id }))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/captured from a mentor's reply/),
    });
    expect(await refusal(captureAdvice(t.ctx, { messageId: 'missing' }))).toMatchObject({ code: 'not_found' });
    expect(await t.ctx.ws.table('advice').list()).toEqual([]);
  });
});
