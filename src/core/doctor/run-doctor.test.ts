import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { updateRecord } from '../records/update-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { applyAdvice } from '../relationships/apply-advice.js';
import { logMessage } from '../relationships/log-message.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { recordAdviceResult } from '../relationships/record-advice-result.js';
import { pitfalls } from './pitfall-registry.js';
import { runDoctor } from './run-doctor.js';
import { pitfallIds } from './schemas.js';

const goodAsk =
  'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
const goodCircleBack =
  'Hi Maya, thank you again for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%, and revenue per upgrading user rose 4%.';

describe('the pitfall registry', () => {
  it('holds every pitfall of SPEC §1.8 once, in report order, each with a description (and its tables, when judged on the workspace)', () => {
    expect(pitfalls.map((p) => p.id)).toEqual([...pitfallIds]);
    for (const p of pitfalls) {
      expect(p.description).toMatch(/\.$/);
      if (p.scope === 'workspace') expect(p.tables.length).toBeGreaterThan(0);
    }
  });
});

describeEachDialect('the doctor', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let mentorId: string;
  let relationshipId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-06-30');
    const added = await addMentor(t.on('2026-01-05'), { input: { name: 'Maya Lindqvist' } });
    mentorId = added.mentor.id;
    relationshipId = added.relationship.id;
  });
  afterEach(() => t.close());

  const log = async (kind: string, on: string, body = `A ${kind} message`, adviceIds?: string[]) =>
    (await logMessage(t.on(on), { input: { relationshipId, kind, body, sentOn: on, ...(adviceIds ? { adviceIds } : {}) } })).message;
  const move = (to: string, on: string) => moveRelationship(t.on(on), { relationshipId, to, date: on });
  const doctor = (on: string) => runDoctor(t.on(on));
  const found = async (on: string, pitfall?: string) => (await doctor(on)).findings.filter((f) => !pitfall || f.pitfall === pitfall);

  it('finds nothing in a workspace that follows the loop', async () => {
    const report = await doctor('2026-01-05');
    expect(report).toEqual({
      today: '2026-01-05',
      checked: [...pitfallIds],
      findings: [],
      covered: { goals: 0, gaps: 0, mentors: true, asks: false },
      allClear: 'No goals yet: write a concrete 3–6 month outcome to start. No skill gap named yet. No asks sent yet.',
    });
  });

  it('says only what is true when all is clear: a concrete goal, or none yet; asks passed, or none sent', async () => {
    await createRecord(t.ctx, {
      entity: 'outcomes',
      input: { statement: 'Raise the annual-plan take rate from 18% to 23% by 2026-04-30' },
    });
    await log('ask', '2026-01-06', goodAsk);
    const report = await doctor('2026-01-06');
    expect(report.findings).toEqual([]);
    expect(report.covered).toEqual({ goals: 1, gaps: 0, mentors: true, asks: true });
    expect(report.allClear).toBe(
      'Your goal is concrete. No skill gap named yet. Every ask you sent passes its check and every loop is closed on time.',
    );
    await createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'Get better at growth' } });
    expect((await doctor('2026-01-06')).allClear).toBeNull();
  });

  it('vague-ask: an ask sent although its check failed, naming the mentor and the rules', async () => {
    await log('ask', '2026-01-06', goodAsk);
    expect(await found('2026-01-06')).toEqual([]);
    const bad = await log('ask', '2026-01-07', 'Will you be my mentor?');
    const [finding, ...rest] = await found('2026-01-07');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      pitfall: 'vague-ask',
      records: [
        { entity: 'messages', id: bad.id },
        { entity: 'mentors', id: mentorId },
      ],
    });
    expect(finding?.message).toMatch(/Maya Lindqvist of 2026-01-07 failed its check \(.*mentorship-request.*\)/);
    expect(finding?.fix).toMatch(/specific question/);
  });

  it('unclosed-loop: applied advice is due a circle-back within 7 days, found on the 8th', async () => {
    await log('ask', '2026-01-05', goodAsk);
    await log('reply', '2026-01-08', 'Look at how Duolingo does it.');
    const advice = await createRecord(t.on('2026-01-08'), {
      entity: 'advice',
      input: { relationshipId, text: 'Show the monthly equivalent next to the annual price.', receivedOn: '2026-01-08' },
    });
    await applyAdvice(t.on('2026-01-10'), { adviceId: advice.id, on: '2026-01-10', context: 'the upgrade screen' });
    expect(await found('2026-01-17')).toEqual([]);
    const [finding] = await found('2026-01-18');
    expect(finding).toMatchObject({
      pitfall: 'unclosed-loop',
      records: [
        { entity: 'advice', id: advice.id },
        { entity: 'relationships', id: relationshipId },
        { entity: 'mentors', id: mentorId },
      ],
    });
    expect(finding?.message).toMatch(/applied Maya Lindqvist’s advice “Show the monthly equivalent.*” on 2026-01-10.*due by 2026-01-17/);
    expect(finding?.fix).toMatch(/^Record its result, then circle back to Maya Lindqvist/);
    // A circle-back that names the advice but fails its check is logged, closes nothing, and the doctor says why.
    const failed = await log('circle-back', '2026-01-19', 'Hi Maya, quick update: I did it.', [advice.id]);
    const after = await found('2026-01-19');
    expect(after.map((f) => f.pitfall)).toEqual(['vague-ask', 'unclosed-loop']);
    expect(after[0]?.message).toMatch(
      /^Your circle-back to Maya Lindqvist of 2026-01-19 failed its check \(.*result.*\): it closed no advice/,
    );
    expect(after[0]?.records).toContainEqual({ entity: 'messages', id: failed.id });
    expect(after[1]?.message).toMatch(/your circle-back of 2026-01-19 named it but failed its check \(.*result.*\), so it closed nothing/);
    await recordAdviceResult(t.on('2026-01-20'), { adviceId: advice.id, result: 'Annual take rate from 18% to 23%' });
    await log('circle-back', '2026-01-20', goodCircleBack, [advice.id]);
    expect((await found('2026-01-20')).map((f) => f.pitfall)).toEqual(['vague-ask']);
  });

  it('unclosed-loop: received advice neither applied nor circled back within 14 days, found on the 15th', async () => {
    await log('ask', '2026-01-05', goodAsk);
    await log('reply', '2026-01-08');
    const advice = await createRecord(t.on('2026-01-08'), {
      entity: 'advice',
      input: { relationshipId, text: 'Try a decoy plan.', receivedOn: '2026-01-08' },
    });
    expect(await found('2026-01-22')).toEqual([]);
    expect(await found('2026-01-23')).toMatchObject([{ pitfall: 'unclosed-loop', records: [{ entity: 'advice', id: advice.id }, {}, {}] }]);
    await applyAdvice(t.on('2026-01-23'), { adviceId: advice.id, on: '2026-01-23', context: 'the plans page' });
    expect(await found('2026-01-23')).toEqual([]);
  });

  it('unclosed-loop: a relationship moved to applied with no advice recorded, but not once set aside', async () => {
    await log('ask', '2026-01-05', goodAsk);
    await log('reply', '2026-01-08');
    await move('applied', '2026-01-10');
    expect(await found('2026-01-17')).toEqual([]);
    expect(await found('2026-01-18')).toMatchObject([
      { pitfall: 'unclosed-loop', records: [{ entity: 'relationships', id: relationshipId }, { entity: 'mentors' }] },
    ]);
    await move('dormant', '2026-01-18');
    expect(await found('2026-01-18')).toEqual([]);
  });

  it('early-follow-up: a follow-up forced before the 10-day wait after the ask', async () => {
    await log('ask', '2026-01-05', goodAsk);
    const body = 'Hi Maya, just bumping my question about annual-plan anchoring.';
    const nudge = await logMessage(t.on('2026-01-07'), {
      input: { relationshipId, kind: 'follow-up', body, sentOn: '2026-01-07', force: true },
    });
    const [finding] = await found('2026-01-07', 'early-follow-up');
    expect(finding?.message).toBe(
      'You followed up with Maya Lindqvist on 2026-01-07, 2 days after your ask of 2026-01-05; the wait is 10 days (until 2026-01-15).',
    );
    expect(finding?.records).toContainEqual({ entity: 'messages', id: nudge.message.id });
  });

  it('transactional: three asks to one mentor with no interest noted and nothing given back', async () => {
    await log('ask', '2026-01-05', goodAsk);
    await log('reply', '2026-01-08');
    await log('ask', '2026-01-12', goodAsk);
    expect(await found('2026-01-12', 'transactional')).toEqual([]);
    const third = await log('ask', '2026-01-19', goodAsk);
    const [finding] = await found('2026-01-19', 'transactional');
    expect(finding?.message).toBe(
      'You have asked Maya Lindqvist for something 3 times, but noted no personal interest of theirs and given nothing back.',
    );
    expect(finding?.records[0]).toEqual({ entity: 'mentors', id: mentorId });
    expect(finding?.records).toContainEqual({ entity: 'messages', id: third.id });
    await updateRecord(t.on('2026-01-19'), { entity: 'mentors', id: mentorId, input: { personalInterests: ['trail running'] } });
    expect(await found('2026-01-19', 'transactional')).toEqual([]);
    await updateRecord(t.on('2026-01-19'), { entity: 'mentors', id: mentorId, input: { personalInterests: [] } });
    await createRecord(t.on('2026-01-19'), { entity: 'giveBacks', input: { mentorId, description: 'Shared our test write-up' } });
    expect(await found('2026-01-19', 'transactional')).toEqual([]);
  });

  it('iq-over-reliance: a senior or lead PM whose every active gap is IQ', async () => {
    const iq = await createRecord(t.on('2026-01-05'), { entity: 'gaps', input: { statement: 'Pricing experiments', skill: 'execution' } });
    await t.ctx.ws.updateProfile({ role: null, level: 'senior' });
    expect(await found('2026-01-05')).toMatchObject([{ pitfall: 'iq-over-reliance', records: [{ entity: 'gaps', id: iq.id }] }]);
    await t.ctx.ws.updateProfile({ role: 'Lead Product Manager', level: null });
    expect(await found('2026-01-05', 'iq-over-reliance')).toHaveLength(1);
    await t.ctx.ws.updateProfile({ role: 'Senior PM', level: 'mid' });
    expect(await found('2026-01-05', 'iq-over-reliance')).toEqual([]);
    await t.ctx.ws.updateProfile({ role: null, level: 'lead' });
    const eq = await createRecord(t.on('2026-01-05'), {
      entity: 'gaps',
      input: { statement: 'Executive presence', skill: 'communication' },
    });
    expect(await found('2026-01-05', 'iq-over-reliance')).toEqual([]);
    await updateRecord(t.on('2026-01-05'), { entity: 'gaps', id: eq.id, input: { status: 'closed' } });
    expect(await found('2026-01-05', 'iq-over-reliance')).toHaveLength(1);
  });

  it('stale-outcome: an active outcome with no check-in for more than 30 days', async () => {
    const outcome = await createRecord(t.on('2026-01-05'), {
      entity: 'outcomes',
      input: { statement: 'Raise activation from 30% to 40% by 2026-06-30' },
    });
    expect(await found('2026-02-04')).toEqual([]);
    const [finding] = await found('2026-02-05');
    expect(finding).toMatchObject({ pitfall: 'stale-outcome', records: [{ entity: 'outcomes', id: outcome.id }] });
    expect(finding?.message).toMatch(/for 31 days \(set on 2026-01-05\)/);
    await createRecord(t.on('2026-02-05'), { entity: 'checkins', input: { outcomeId: outcome.id, value: 31 } });
    expect(await found('2026-03-07')).toEqual([]);
    expect(await found('2026-03-08', 'stale-outcome')).toHaveLength(1);
    await updateRecord(t.on('2026-03-08'), { entity: 'outcomes', id: outcome.id, input: { status: 'achieved' } });
    expect(await found('2026-03-08')).toEqual([]);
  });

  it('premature-escalation: an escalation on record with no circle-back, cleared by circling back', async () => {
    await log('ask', '2026-01-05', goodAsk);
    await log('reply', '2026-01-08');
    const now = '2026-01-09T09:00:00.000Z';
    // Written as an import would: logMessage itself refuses an escalation before a circle-back.
    const escalation = {
      id: 'escalation-1',
      userId: t.ctx.ws.userId,
      relationshipId,
      kind: 'escalation' as const,
      direction: 'out' as const,
      subject: null,
      body: 'Could we take 15 minutes on segmenting the next test?',
      sentOn: '2026-01-09',
      checkVerdict: null,
      checkScore: null,
      checkResult: null,
      createdAt: now,
      updatedAt: now,
    };
    await t.ctx.ws.table('messages').insert(escalation);
    const [finding] = await found('2026-01-09', 'premature-escalation');
    expect(finding?.message).toBe(
      'You escalated with Maya Lindqvist on 2026-01-09 without a circle-back that passed its check (one that names their advice and reports its result).',
    );
    expect(finding?.records).toContainEqual({ entity: 'messages', id: 'escalation-1' });
    await move('applied', '2026-01-10');
    await log('circle-back', '2026-01-11', 'Hi Maya, quick update: I did it.');
    expect(await found('2026-01-11', 'premature-escalation')).toHaveLength(1);
    await log('circle-back', '2026-01-12', goodCircleBack);
    expect(await found('2026-01-12', 'premature-escalation')).toEqual([]);
  });

  it('vague-goal: an active outcome that is not concrete when checked today', async () => {
    const vague = await createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement: 'Get better at growth' } });
    await createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement: 'Learn SQL', status: 'abandoned' } });
    const [finding] = await found('2026-01-05');
    expect(finding).toMatchObject({ pitfall: 'vague-goal', records: [{ entity: 'outcomes', id: vague.id }] });
    expect(finding?.message).toMatch(/“Get better at growth” is not a concrete goal \(.*activity.*\)/);
    expect(finding?.fix).toMatch(/3–6 month outcome/);
  });

  it('no-mirror: an active EQ gap with no feedback request for more than 30 days', async () => {
    const gap = await createRecord(t.on('2026-01-05'), {
      entity: 'gaps',
      input: { statement: 'I come across as unsure with executives', skill: 'communication' },
    });
    await createRecord(t.on('2026-01-05'), { entity: 'gaps', input: { statement: 'Roadmapping', skill: 'strategy' } });
    expect(await found('2026-02-04')).toEqual([]);
    expect(await found('2026-02-05')).toMatchObject([{ pitfall: 'no-mirror', records: [{ entity: 'gaps', id: gap.id }] }]);
    await createRecord(t.on('2026-02-05'), {
      entity: 'feedbackRequests',
      input: { gapId: gap.id, giverName: 'Sam', body: 'During the review, did I sound confident or defensive?' },
    });
    expect(await found('2026-03-07')).toEqual([]);
    expect(await found('2026-03-08', 'no-mirror')).toHaveLength(1);
  });

  it('refuses a bad date', async () => {
    await expect(runDoctor(t.ctx, { today: 'soon' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
