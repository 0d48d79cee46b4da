import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { loadDemo } from './load-demo.js';

describeEachDialect('the demo workspace', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  it('holds worked example (a): one small ask that grew into monthly office hours', async () => {
    await loadDemo(t.ctx);
    const ws = t.ctx.ws;
    const [maya] = await ws.table('mentors').list({ name: 'Maya Lindqvist' });
    const [rel] = await ws.table('relationships').list({ mentorId: maya?.id });
    expect(rel).toMatchObject({ stage: 'office-hours', officeHoursCadence: 'monthly', officeHoursMinutes: 15 });
    const stages = (await ws.table('transitions').list({ relationshipId: rel?.id })).map((m) => m.toStage);
    expect(stages).toEqual(['prospect', 'asked', 'replied', 'applied', 'circled-back', 'escalated', 'office-hours']);
    const kinds = (await ws.table('messages').list({ relationshipId: rel?.id })).map((m) => m.kind);
    expect(kinds).toEqual(['ask', 'reply', 'circle-back', 'escalation']);
    const [advice] = await ws.table('advice').list({ relationshipId: rel?.id });
    expect(advice?.appliedOn && advice.result && advice.circledBackOn).toBeTruthy();
    const [outcome] = await ws.table('outcomes').list({ id: rel?.outcomeId ?? '' });
    expect(outcome?.statement).toMatch(/5%/);
    // Four months after the outcome was set, 56 days before today.
    expect(outcome?.deadline).toBe('2027-02-03');
    const dates = (await ws.table('transitions').list({ relationshipId: rel?.id })).map((m) => m.date);
    expect([...dates].sort()).toEqual(dates);
    expect(dates.every((d) => d <= '2026-11-28')).toBe(true);
  });

  it('holds worked example (b): a mirror for executive presence and the adopted counter-behaviour', async () => {
    await loadDemo(t.ctx);
    const ws = t.ctx.ws;
    const [gap] = await ws.table('gaps').list({ skill: 'communication' });
    expect(gap?.category).toBe('eq');
    const [request] = await ws.table('feedbackRequests').list({ gapId: gap?.id });
    const [feedback] = await ws.table('feedback').list({ requestId: request?.id });
    expect(feedback?.body).toMatch(/stop talking and look down/);
    expect(feedback?.strengthId).toBe('thoughtful');
    expect(feedback?.adopted).toMatch(/take 10 seconds to think through the data/);
    expect(await ws.table('feedbackReplies').list({ feedbackId: feedback?.id })).toHaveLength(1);
    expect((await t.store.getUser('local'))?.level).toBe('senior');
  });

  it('refuses to load into a workspace that already has records', async () => {
    await loadDemo(t.ctx);
    await expect(loadDemo(t.ctx)).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.ctx.ws.table('outcomes').list()).toHaveLength(2);
  });
});
