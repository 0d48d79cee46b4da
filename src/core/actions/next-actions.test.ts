import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import type { Context, Workspace } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { updateRecord } from '../records/update-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { applyAdvice } from '../relationships/apply-advice.js';
import { logMessage } from '../relationships/log-message.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { recordAdviceResult } from '../relationships/record-advice-result.js';
import { losingTouch } from './losing-touch.js';
import { nextActions } from './next-actions.js';

const ask =
  'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
const circleBackWithResult =
  'Hi Maya, thank you again for the tip on showing the monthly equivalent next to the annual price. We ran it as a two-week A/B test on our upgrade screen: the annual-plan take rate went from 18% to 23%, and revenue per upgrading user rose 4%.';
const circleBackWithoutResult =
  'Hi Maya, thank you for the tip on showing the monthly equivalent next to the annual price. I tried it on our upgrade screen last week.';

describeEachDialect('next actions', (_dialect, newDatabase) => {
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
  /** The actions of one kind pending on `on`, looking 90 days ahead. */
  const pending = async (on: string, kind?: string) =>
    (await nextActions(t.on(on), { horizonDays: 90 })).actions.filter((a) => !kind || a.kind === kind);
  const dueToday = async (on: string) => (await nextActions(t.on(on), { horizonDays: 0 })).actions.map((a) => a.id);

  /** Wraps a workspace so every table read it makes is recorded: the table and the ids or values asked for. */
  const readCounter = () => {
    const reads: Array<{ table: string; values?: readonly unknown[] }> = [];
    const counting = (ws: Workspace): Workspace => ({
      ...ws,
      userId: ws.userId,
      table: (name) => {
        const table = ws.table(name);
        return {
          ...table,
          list: (where, page) => {
            reads.push({ table: name });
            return table.list(where, page);
          },
          listIn: (column, values) => {
            reads.push({ table: name, values });
            return table.listIn(column, values);
          },
          maxBy: (column, group) => {
            reads.push({ table: name, values: [column, group] });
            return table.maxBy(column, group);
          },
        };
      },
      transaction: (fn) => ws.transaction((tx) => fn(counting(tx))),
    });
    return { reads, counting };
  };

  it('suggests one polite follow-up 10 days after an unanswered ask, then dormant 10 days after that', async () => {
    const sent = await log('ask', '2026-01-05', ask);
    const id = `follow-up:${sent.id}`;
    expect(await dueToday('2026-01-14')).not.toContain(id);
    const [followUp] = await pending('2026-01-15', 'follow-up');
    expect(followUp).toMatchObject({ id, dueOn: '2026-01-15', overdue: false, mentorId, relationshipId });
    expect(followUp?.reason).toContain('Maya Lindqvist');
    expect((await pending('2026-01-16', 'follow-up'))[0]?.overdue).toBe(true);

    const nudge = await log('follow-up', '2026-01-16', 'Hi Maya, a gentle nudge on my question about annual-plan anchoring.');
    expect(await pending('2026-01-16', 'follow-up')).toEqual([]);
    expect(await pending('2026-01-16', 'dormant')).toMatchObject([{ id: `dormant:${nudge.id}`, dueOn: '2026-01-26' }]);

    await log('reply', '2026-01-20', 'Look at how Duolingo shows it.');
    const after = await pending('2026-01-20');
    expect(after.map((a) => a.kind)).not.toContain('dormant');
    expect(after).toContainEqual(expect.objectContaining({ id: `apply:${relationshipId}`, kind: 'apply', dueOn: '2026-02-03' }));
  });

  it('walks advice through apply (14 days) and circle back (7 days), then suggests escalating', async () => {
    await log('ask', '2026-01-05', ask);
    await log('reply', '2026-01-08', 'Look at how Duolingo shows the monthly equivalent.');
    const advice = await createRecord(t.on('2026-01-08'), {
      entity: 'advice',
      input: { relationshipId, text: 'Show the monthly equivalent next to the annual price.', receivedOn: '2026-01-08' },
    });
    expect(await pending('2026-01-08', 'apply')).toMatchObject([
      { id: `apply:${advice.id}`, dueOn: '2026-01-22', adviceId: advice.id, overdue: false },
    ]);

    await applyAdvice(t.on('2026-01-15'), { adviceId: advice.id, on: '2026-01-15', context: 'the upgrade screen' });
    expect(await pending('2026-01-15', 'apply')).toEqual([]);
    const [circle] = await pending('2026-01-15', 'circle-back');
    expect(circle).toMatchObject({ id: `circle-back:${advice.id}`, dueOn: '2026-01-22', adviceId: advice.id });
    expect(await dueToday('2026-01-21')).not.toContain(circle?.id);
    expect(await dueToday('2026-01-22')).toContain(circle?.id);

    // A circle-back that names the advice but reports no result closes nothing.
    await log('circle-back', '2026-01-21', circleBackWithoutResult, [advice.id]);
    expect(await pending('2026-01-21', 'circle-back')).toMatchObject([{ id: `circle-back:${advice.id}` }]);
    expect(await pending('2026-01-21', 'escalate')).toEqual([]);

    await recordAdviceResult(t.on('2026-01-22'), { adviceId: advice.id, result: 'Annual take rate from 18% to 23%' });
    await log('circle-back', '2026-01-22', circleBackWithResult, [advice.id]);
    expect(await pending('2026-01-22', 'circle-back')).toEqual([]);
    expect(await pending('2026-01-22', 'escalate')).toMatchObject([{ id: `escalate:${relationshipId}`, dueOn: '2026-01-29' }]);

    await log('escalation', '2026-01-29', 'Hi Maya, one follow-on from the annual-plan test: could we take 15 minutes?');
    expect(await pending('2026-01-29', 'escalate')).toEqual([]);
  });

  it('keeps the circle-back due when it reported no result, on a bare applied stage, until one passes', async () => {
    await log('ask', '2026-01-05', ask);
    await log('reply', '2026-01-08');
    await move('applied', '2026-01-10');
    const due = [{ id: `circle-back:${relationshipId}`, dueOn: '2026-01-17' }];
    expect(await pending('2026-01-10', 'circle-back')).toMatchObject(due);
    await log('circle-back', '2026-01-12', circleBackWithoutResult);
    expect(await pending('2026-01-12', 'escalate')).toEqual([]);
    expect(await pending('2026-01-12', 'circle-back')).toMatchObject(due);
    await log('circle-back', '2026-01-13', circleBackWithResult);
    expect(await pending('2026-01-13', 'circle-back')).toEqual([]);
    expect(await pending('2026-01-13', 'escalate')).toMatchObject([{ id: `escalate:${relationshipId}`, dueOn: '2026-01-20' }]);
  });

  it('keeps in touch past replied from the last message or meeting, not from edits, and lists who is slipping away', async () => {
    await log('ask', '2026-01-05', ask);
    await log('reply', '2026-01-08');
    await move('applied', '2026-01-10');
    await log('circle-back', '2026-01-15', circleBackWithResult);
    await log('escalation', '2026-01-20', 'Hi Maya, could we take 15 minutes on segmenting the next test?');
    const id = `keep-in-touch:${relationshipId}`;
    expect(await pending('2026-02-01', 'keep-in-touch')).toMatchObject([{ id, dueOn: '2026-02-19' }]);
    await updateRecord(t.on('2026-02-25'), { entity: 'mentors', id: mentorId, input: { notes: 'Prefers email' } });
    expect((await pending('2026-02-25', 'keep-in-touch'))[0]).toMatchObject({ id, dueOn: '2026-02-19', overdue: true });

    expect(await losingTouch(t.on('2026-03-21'))).toEqual([]);
    const slipping = await losingTouch(t.on('2026-03-22'));
    expect(slipping).toMatchObject([{ relationshipId, mentorName: 'Maya Lindqvist', lastInteraction: '2026-01-20', daysSince: 61 }]);
    expect((await nextActions(t.on('2026-03-22'))).losingTouch).toEqual(slipping);
    expect((await pending('2026-03-22', 'keep-in-touch'))[0]?.reason).toMatch(/^Losing touch with Maya Lindqvist/);

    await createRecord(t.on('2026-03-23'), { entity: 'meetings', input: { relationshipId, date: '2026-03-23' } });
    await updateRecord(t.on('2026-03-23'), { entity: 'relationships', id: relationshipId, input: { idealGapDays: 14 } });
    expect(await pending('2026-03-23', 'keep-in-touch')).toMatchObject([{ id, dueOn: '2026-04-06' }]);
    expect(await losingTouch(t.on('2026-03-23'))).toEqual([]);
  });

  it('schedules office hours by cadence and lets them stand in for keeping in touch', async () => {
    await log('ask', '2026-01-05', ask);
    await log('reply', '2026-01-08');
    await move('applied', '2026-01-10');
    await log('circle-back', '2026-01-15', circleBackWithResult);
    await log('escalation', '2026-01-20', 'Hi Maya, could we take 15 minutes on segmenting the next test?');
    await move('office-hours', '2026-02-01');
    await updateRecord(t.on('2026-02-01'), {
      entity: 'relationships',
      id: relationshipId,
      input: { officeHoursCadence: 'monthly', officeHoursMinutes: 15 },
    });
    await createRecord(t.on('2026-02-01'), { entity: 'meetings', input: { relationshipId, date: '2026-02-01', durationMinutes: 15 } });
    const actions = await pending('2026-02-01');
    expect(actions.filter((a) => a.relationshipId === relationshipId).map((a) => [a.id, a.dueOn])).toEqual([
      [`office-hours:${relationshipId}`, '2026-03-01'],
    ]);
    expect(actions[0]?.reason).toMatch(/monthly 15-minute office hours with Maya Lindqvist/);
  });

  it('asks for check-ins on active outcomes every 14 days and for feedback on EQ gaps every 30', async () => {
    const outcome = await createRecord(t.on('2026-01-05'), {
      entity: 'outcomes',
      input: { statement: 'Raise activation from 30% to 40% by 2026-06-30' },
    });
    await createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement: 'Old goal', status: 'achieved' } });
    const eq = await createRecord(t.on('2026-01-05'), {
      entity: 'gaps',
      input: { statement: 'I come across as unsure with executives', skill: 'communication' },
    });
    await createRecord(t.on('2026-01-05'), { entity: 'gaps', input: { statement: 'Pricing experiments', skill: 'execution' } });
    expect(await pending('2026-01-05', 'check-in')).toMatchObject([{ id: `check-in:${outcome.id}`, dueOn: '2026-01-19' }]);
    expect(await pending('2026-01-05', 'ask-feedback')).toMatchObject([{ id: `ask-feedback:${eq.id}`, dueOn: '2026-02-04', gapId: eq.id }]);

    await createRecord(t.on('2026-01-20'), { entity: 'checkins', input: { outcomeId: outcome.id, date: '2026-01-20', value: 32 } });
    expect(await pending('2026-01-20', 'check-in')).toMatchObject([{ dueOn: '2026-02-03' }]);
    await createRecord(t.on('2026-02-01'), {
      entity: 'feedbackRequests',
      input: { gapId: eq.id, giverName: 'Sam', body: 'During the review, did I sound confident or defensive?', sentOn: '2026-02-01' },
    });
    expect(await pending('2026-02-01', 'ask-feedback')).toMatchObject([{ dueOn: '2026-03-03' }]);
    await createRecord(t.on('2026-02-10'), {
      entity: 'feedbackRequests',
      input: { giverName: 'Ana', body: 'In Monday’s standup, did I come across as curt or focused?', sentOn: '2026-02-10' },
    });
    expect(await pending('2026-02-10', 'ask-feedback')).toMatchObject([{ dueOn: '2026-03-12' }]);
  });

  it('sorts by due date then priority, keeps to the horizon and marks what is overdue', async () => {
    await createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement: 'Raise activation from 30% to 40% by 2026-06-30' } });
    await log('ask', '2026-01-05', ask);
    const on = '2026-01-19';
    const week = await nextActions(t.on(on));
    expect(week.horizonDays).toBe(7);
    expect(week.actions.map((a) => [a.kind, a.dueOn, a.overdue])).toEqual([
      ['follow-up', '2026-01-15', true],
      ['check-in', '2026-01-19', false],
    ]);
    expect((await nextActions(t.on('2026-01-10'), { horizonDays: 4 })).actions).toEqual([]);
    expect((await nextActions(t.on('2026-01-10'), { horizonDays: 5 })).actions.map((a) => a.kind)).toEqual(['follow-up']);
    expect((await nextActions(t.on('2026-01-10'), { today: on })).actions).toEqual(week.actions);
  });

  it('plans again only the mentors whose records changed, and reads no mentor table when none did', async () => {
    const relationships = new Map<string, string>();
    for (const name of ['Ana', 'Ben', 'Chloé', 'Dev']) {
      const { mentor, relationship } = await addMentor(t.on('2026-01-05'), { input: { name } });
      relationships.set(name, relationship.id);
      await logMessage(t.on('2026-01-06'), { input: { relationshipId: relationship.id, kind: 'ask', body: ask, sentOn: '2026-01-06' } });
      if (name === 'Ben') relationships.set('Ben mentor', mentor.id);
    }
    const { reads, counting } = readCounter();
    const ctx: Context = { ...t.on('2026-01-20'), ws: counting(t.ctx.ws) };
    const followUps = async () => (await nextActions(ctx)).actions.filter((a) => a.kind === 'follow-up').map((a) => a.relationshipId);

    expect(await followUps()).toHaveLength(4);
    reads.length = 0;
    expect(await followUps()).toHaveLength(4);
    expect(reads).toEqual([{ table: 'outcomes' }, { table: 'checkins', values: ['date', 'outcomeId'] }]);

    reads.length = 0;
    await logMessage(t.on('2026-01-19'), {
      input: { relationshipId: relationships.get('Ben'), kind: 'reply', body: 'Look at Duolingo.', sentOn: '2026-01-19' },
    });
    const after = await followUps();
    expect(after).toHaveLength(3);
    expect(after).not.toContain(relationships.get('Ben'));
    expect(reads.find((r) => r.table === 'mentors')).toEqual({ table: 'mentors', values: [relationships.get('Ben mentor')] });
    expect(reads.filter((r) => r.table === 'messages')).toHaveLength(1);
  });

  it('reads each outcome’s latest check-in date, never the check-ins, and plans the Mirror again only on its writes', async () => {
    const [busy, quiet] = await Promise.all(
      ['Raise activation from 30% to 40% by 2026-06-30', 'Cut churn from 5% to 3% by 2026-09-30'].map((statement) =>
        createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement } }),
      ),
    );
    for (const day of [10, 28, 12, 20]) {
      await createRecord(t.on('2026-01-28'), { entity: 'checkins', input: { outcomeId: busy?.id, date: `2026-01-${day}`, value: day } });
    }
    const { reads, counting } = readCounter();
    const ctx: Context = { ...t.on('2026-01-30'), ws: counting(t.ctx.ws) };
    const checkIns = async () =>
      Object.fromEntries(
        (await nextActions(ctx, { horizonDays: 60 })).actions.filter((a) => a.kind === 'check-in').map((a) => [a.outcomeId, a.dueOn]),
      );
    expect(await checkIns()).toEqual({ [busy?.id as string]: '2026-02-11', [quiet?.id as string]: '2026-01-19' });

    // An older check-in changes nothing; a newer one, or closing an outcome, does, and no plan is made again.
    await createRecord(t.on('2026-01-30'), { entity: 'checkins', input: { outcomeId: busy?.id, date: '2026-01-02', value: 1 } });
    expect(await checkIns()).toEqual({ [busy?.id as string]: '2026-02-11', [quiet?.id as string]: '2026-01-19' });
    await createRecord(t.on('2026-01-30'), { entity: 'checkins', input: { outcomeId: quiet?.id, date: '2026-01-30', value: 4 } });
    await updateRecord(t.on('2026-01-30'), { entity: 'outcomes', id: busy?.id as string, input: { status: 'achieved' } });
    reads.length = 0;
    expect(await checkIns()).toEqual({ [quiet?.id as string]: '2026-02-13' });
    expect(reads).toEqual([{ table: 'outcomes' }, { table: 'checkins', values: ['date', 'outcomeId'] }]);

    await createRecord(t.on('2026-01-30'), {
      entity: 'gaps',
      input: { statement: 'I sound unsure with executives', skill: 'communication' },
    });
    reads.length = 0;
    expect((await nextActions(ctx, { horizonDays: 60 })).actions.map((a) => a.kind)).toContain('ask-feedback');
    expect(reads.map((r) => r.table).sort()).toEqual(['checkins', 'feedback', 'feedbackRequests', 'gaps', 'outcomes']);
  });

  it('refuses a bad horizon or date', async () => {
    await expect(nextActions(t.ctx, { horizonDays: -1 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(nextActions(t.ctx, { horizonDays: 1.5 })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(nextActions(t.ctx, { today: '2026-02-30' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
