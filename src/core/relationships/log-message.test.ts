import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { addMentor } from './add-mentor.js';
import { logMessage } from './log-message.js';
import { moveRelationship } from './move-relationship.js';

describeEachDialect('logging messages along the loop', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    const { relationship } = await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } });
    relationshipId = relationship.id;
  });
  afterEach(() => t.close());

  const log = (kind: string, sentOn: string, body = `A ${kind} message`) =>
    logMessage(t.on(sentOn), { input: { relationshipId, kind, body, sentOn } });
  const stage = async () => (await t.ctx.ws.table('relationships').get(relationshipId))?.stage;
  const refusal = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error)).toBe(true);
    return error as Error & { code: string };
  };

  it('moves the stage with the ask, the reply and the circle-back, dated by the message', async () => {
    expect((await log('ask', '2026-11-02')).relationship.stage).toBe('asked');
    expect((await log('reply', '2026-11-05')).relationship.stage).toBe('replied');
    await moveRelationship(t.on('2026-11-10'), { relationshipId, to: 'applied' });
    // A circle-back moves the stage only when it passes its check: it names the advice and its result.
    expect((await log('circle-back', '2026-11-19')).relationship.stage).toBe('applied');
    const circleBack = 'Thanks Maya! I tried your decoy plan idea on the plans page and annual uptake went from 20% to 26% in two weeks.';
    expect((await log('circle-back', '2026-11-20', circleBack)).relationship.stage).toBe('circled-back');
    expect((await log('escalation', '2026-11-22')).relationship.stage).toBe('escalated');
    const moves = await t.ctx.ws.table('transitions').list({ relationshipId });
    expect(moves.map((m) => [m.toStage, m.date])).toEqual([
      ['prospect', '2026-11-01'],
      ['asked', '2026-11-02'],
      ['replied', '2026-11-05'],
      ['applied', '2026-11-10'],
      ['circled-back', '2026-11-20'],
      ['escalated', '2026-11-22'],
    ]);
    expect(await t.ctx.ws.table('messages').list({ relationshipId })).toHaveLength(5);
  });

  it('checks an outgoing message at its stage and keeps the result it had when sent', async () => {
    const { message } = await logMessage(t.on('2026-11-02'), {
      input: { relationshipId, kind: 'ask', body: 'Will you be my mentor?', sentOn: '2026-11-02' },
    });
    expect(message.checkVerdict).toBe('revise');
    expect(message.checkScore).toBeLessThan(70);
    const stored = await t.ctx.ws.table('messages').get(message.id);
    const rules = (stored?.checkResult as { findings: Array<{ rule: string }> } | undefined)?.findings.map((f) => f.rule);
    expect(rules).toContain('mentorship-request');
    const reply = await log('reply', '2026-11-05');
    expect(reply.message.checkVerdict).toBeNull();
  });

  it('allows one polite follow-up per ask, then refuses', async () => {
    await log('ask', '2026-11-02');
    await log('follow-up', '2026-11-12');
    const error = await refusal(log('follow-up', '2026-11-20'));
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toMatch(/At most one polite follow-up/);
    expect(await t.ctx.ws.table('messages').list({ relationshipId })).toHaveLength(2);
  });

  it('refuses a follow-up before the wait after the ask, with the day it becomes possible, unless forced', async () => {
    await log('ask', '2026-11-02');
    const error = await refusal(log('follow-up', '2026-11-02'));
    expect(error.code).toBe('illegal_transition');
    expect(error.message).toMatch(/waits 10 days after the ask \(sent 2026-11-02\): it becomes possible on 2026-11-12/);
    expect(await t.ctx.ws.table('messages').list({ relationshipId })).toHaveLength(1);
    const body = 'Hi Maya, just bumping my question about which plan you show first.';
    const forced = await logMessage(t.on('2026-11-05'), {
      input: { relationshipId, kind: 'follow-up', body, sentOn: '2026-11-05', force: true },
    });
    expect(forced.message.kind).toBe('follow-up');
  });

  it('never takes a check result from the caller: an outgoing message is checked when logged', async () => {
    const { message } = await logMessage(t.on('2026-11-02'), {
      input: { relationshipId, kind: 'ask', body: 'Will you be my mentor?', sentOn: '2026-11-02', checkVerdict: 'pass' },
    });
    expect(message.checkVerdict).toBe('revise');
  });

  it('refuses an escalation before any circle-back and writes nothing', async () => {
    await log('ask', '2026-11-02');
    await log('reply', '2026-11-05');
    const error = await refusal(log('escalation', '2026-11-06'));
    expect(error.code).toBe('illegal_transition');
    expect(await stage()).toBe('replied');
    expect(await t.ctx.ws.table('messages').list({ relationshipId })).toHaveLength(2);
  });

  it('refuses a circle-back before the advice was applied', async () => {
    await log('ask', '2026-11-02');
    const error = await refusal(log('circle-back', '2026-11-03'));
    expect(error.message).toMatch(/apply a piece of its advice first/);
  });

  it('refuses a reply before any ask, and a message dated in the future', async () => {
    expect((await refusal(log('reply', '2026-11-02'))).message).toMatch(/Log your ask/);
    expect((await refusal(logMessage(t.ctx, { input: { relationshipId, kind: 'ask', body: 'Hi?', sentOn: '2026-12-01' } }))).code).toBe(
      'invalid_input',
    );
    expect(await stage()).toBe('prospect');
  });

  it('refuses unknown kinds, empty bodies and unknown relationships', async () => {
    expect((await refusal(logMessage(t.ctx, { input: { relationshipId, kind: 'gossip', body: 'x' } }))).code).toBe('invalid_input');
    expect((await refusal(logMessage(t.ctx, { input: { relationshipId, kind: 'ask', body: '   ' } }))).code).toBe('invalid_input');
    expect((await refusal(logMessage(t.ctx, { input: { relationshipId: 'nope', kind: 'ask', body: 'Hi?' } }))).code).toBe('not_found');
  });
});
