import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { nextActions } from '../actions/next-actions.js';
import { addDays } from '../clock.js';
import { runDoctor } from '../doctor/run-doctor.js';
import { checkDraftFile } from '../library/check-draft-file.js';
import { getArtifact } from '../library/get-artifact.js';
import { listArtifacts } from '../library/list-artifacts.js';
import { demoLibrary } from './demo-library.js';
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

  it("holds worked example (a)'s library: two gold-standard documents, their template and a partial draft", async () => {
    await loadDemo(t.ctx);
    const ws = t.ctx.ws;
    const gold = await listArtifacts(t.ctx, { tag: 'gold-standard' });
    expect(gold.map((a) => a.kind).sort()).toEqual(['one-pager', 'prd']);
    const [template] = await ws.table('templates').list({ name: demoLibrary.template });
    const sources = await ws.table('templateSources').list({ templateId: template?.id ?? '' });
    expect(sources.map((s) => s.artifactId).sort()).toEqual(gold.map((a) => a.id).sort());
    const questions = (await ws.table('templateQuestions').list({ templateId: template?.id ?? '' })).map((q) => q.questionId);
    expect(questions).toEqual(expect.arrayContaining(['problem', 'audience', 'goals', 'success-metrics', 'risks', 'rollout']));
    // The draft is in the library as the user's own, and answers some of the template, not all.
    const [listed] = await listArtifacts(t.ctx, { tag: 'draft' });
    const draft = await getArtifact(t.ctx, { id: listed?.id ?? '' });
    expect(draft.title).toMatch(/^My draft:/);
    expect(draft.questions.map((q) => q.questionId)).toEqual(['summary', 'problem', 'audience', 'hypothesis']);
    const check = await checkDraftFile(t.ctx, {
      template: demoLibrary.template,
      file: { name: 'draft.txt', bytes: new TextEncoder().encode(draft.body) },
    });
    expect(check.answered).toBeGreaterThanOrEqual(3);
    expect(check.coverage).toBeLessThan(0.5);
    expect(check.items.filter((i) => !i.answered).map((i) => i.questionId)).toEqual(
      expect.arrayContaining(['success-metrics', 'risks', 'rollout']),
    );
    // Search finds the documents, as it does documents added through `library add`.
    expect((await ws.searchArtifacts('seat bundles', 5)).map((h) => h.title)).toEqual([demoLibrary.goldStandard[1]?.title]);
  });

  it('holds worked example (b): Sam as an active mirror, his feedback, the grateful reply and the adopted counter-behaviour', async () => {
    await loadDemo(t.ctx);
    const ws = t.ctx.ws;
    const [gap] = await ws.table('gaps').list({ skill: 'communication' });
    expect(gap?.category).toBe('eq');
    const [sam] = await ws.table('mentors').list({ name: 'Sam Okafor' });
    const [rel] = await ws.table('relationships').list({ mentorId: sam?.id });
    expect(rel).toMatchObject({ stage: 'replied', gapId: gap?.id, outcomeId: gap?.outcomeId });
    const stages = (await ws.table('transitions').list({ relationshipId: rel?.id })).map((m) => m.toStage);
    expect(stages).toEqual(['prospect', 'asked', 'replied']);
    const [request] = await ws.table('feedbackRequests').list({ gapId: gap?.id });
    expect(request).toMatchObject({ mentorId: sam?.id, giverName: 'Sam Okafor', checkVerdict: 'specific' });
    const [feedback] = await ws.table('feedback').list({ requestId: request?.id });
    expect(feedback).toMatchObject({ mentorId: sam?.id, strengthId: 'thoughtful', adoptedOn: addDays('2026-11-28', -14) });
    expect(feedback?.body).toMatch(/stop talking and look down/);
    expect(feedback?.adopted).toMatch(/take 10 seconds to think through the data/);
    const replies = await ws.table('feedbackReplies').list({ feedbackId: feedback?.id });
    expect(replies.map((r) => r.checkVerdict)).toEqual(['grateful']);
    expect((await t.store.getUser('local'))?.level).toBe('senior');
  });

  it('has every message pass its own check, as stored with it (the demo shows no failing message)', async () => {
    await loadDemo(t.ctx);
    const ws = t.ctx.ws;
    const outgoing = (await ws.table('messages').list()).filter((m) => m.direction === 'out');
    expect(outgoing.map((m) => m.kind).sort()).toEqual(['ask', 'circle-back', 'escalation']);
    for (const m of outgoing) expect([m.kind, m.checkVerdict, m.checkResult?.findings]).toEqual([m.kind, 'pass', []]);
    const requests = await ws.table('feedbackRequests').list();
    expect(requests.map((r) => [r.checkVerdict, r.checkResult?.findings])).toEqual([['specific', []]]);
    const replies = await ws.table('feedbackReplies').list();
    expect(replies.map((r) => [r.checkVerdict, r.checkResult?.findings])).toEqual([['grateful', []]]);
  });

  it('leaves the doctor nothing to find from the day it is loaded through the next two weeks', async () => {
    await loadDemo(t.ctx);
    for (let offset = 0; offset <= 14; offset += 1) {
      const today = addDays('2026-11-28', offset);
      const report = await runDoctor(t.on(today), { today });
      expect([today, report.findings]).toEqual([today, []]);
    }
  });

  it("plans next actions that follow the story: check-ins, Maya's action item, and going back to Sam", async () => {
    await loadDemo(t.ctx);
    const { actions } = await nextActions(t.ctx, { horizonDays: 14 });
    const due = actions.map((a) => `${a.dueOn} ${a.kind}`);
    expect(due).toEqual([
      '2026-11-27 check-in',
      '2026-11-28 apply',
      '2026-12-05 remeasure',
      '2026-12-09 check-in',
      '2026-12-12 action-item',
    ]);
    expect(actions.filter((a) => a.kind === 'apply' || a.kind === 'remeasure').map((a) => a.reason)).toEqual([
      expect.stringMatching(/^Apply what Sam Okafor suggested, then circle back/),
      expect.stringMatching(/^Ask Sam Okafor again about a moment like “Tuesday's roadmap review”/),
    ]);
  });

  it('refuses to load into a workspace that already has records', async () => {
    await loadDemo(t.ctx);
    await expect(loadDemo(t.ctx)).rejects.toMatchObject({ code: 'conflict' });
    expect(await t.ctx.ws.table('outcomes').list()).toHaveLength(2);
  });
});
