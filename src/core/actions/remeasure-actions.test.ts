import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { adoptCounterBehaviour } from '../mirror/adopt-counter-behaviour.js';
import { logFeedback } from '../mirror/log-feedback.js';
import { requestFeedback } from '../mirror/request-feedback.js';
import { addMentor } from '../relationships/add-mentor.js';
import { loopDefaults } from './loop-defaults.js';
import { nextActions } from './next-actions.js';

const request = "During Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive?";
const silence = 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.';

describeEachDialect('re-measuring a shadow side', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let mentorId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    mentorId = (await addMentor(t.on('2026-10-01'), { input: { name: 'Sam Okafor' } })).mentor.id;
  });
  afterEach(() => t.close());

  const remeasures = async (on: string) => (await nextActions(t.on(on), { horizonDays: 0 })).actions.filter((a) => a.kind === 'remeasure');

  it('asks the same mirror again about the same moment 21 days after adopting, until a new request to them is logged', async () => {
    expect(loopDefaults.remeasureAfterAdopted).toBe(21);
    const asked = await requestFeedback(t.on('2026-10-05'), {
      mentorId,
      body: request,
      event: "Tuesday's roadmap review",
      focus: 'executive presence',
    });
    const { feedback } = await logFeedback(t.on('2026-10-06'), { requestId: asked.id, body: silence });
    expect(await remeasures('2026-11-20')).toEqual([]);

    await adoptCounterBehaviour(t.on('2026-10-07'), { feedbackId: feedback.id, counter: 'Say I am taking ten seconds to think' });
    expect(await remeasures('2026-10-27')).toEqual([]);
    const [due] = await remeasures('2026-10-28');
    expect(due).toMatchObject({ id: `remeasure:${feedback.id}`, dueOn: '2026-10-28', feedbackId: feedback.id, mentorId, overdue: false });
    expect(due?.reason).toContain("Ask Sam Okafor again about a moment like “Tuesday's roadmap review”, on “executive presence”");
    expect(due?.reason).toContain('shadow of Thoughtful');
    expect(await remeasures('2026-11-15')).toMatchObject([{ id: `remeasure:${feedback.id}`, overdue: true }]);

    // Someone else asked does not re-measure Sam's mirror.
    await requestFeedback(t.on('2026-11-16'), { giverName: 'Priya', body: request });
    expect(await remeasures('2026-11-16')).toHaveLength(1);
    await requestFeedback(t.on('2026-11-17'), { mentorId, body: request });
    expect(await remeasures('2026-11-17')).toEqual([]);
  });

  it('dates an adoption logged with the feedback from the day it came, and matches a giver who is no mentor by name', async () => {
    const { feedback } = await logFeedback(t.ctx, {
      giverName: 'Lena Park',
      body: silence,
      receivedOn: '2026-11-01',
      adopted: 'Pause out loud',
    });
    expect(feedback.adoptedOn).toBe('2026-11-01');
    expect(await remeasures('2026-11-22')).toMatchObject([{ id: `remeasure:${feedback.id}`, dueOn: '2026-11-22' }]);
    await requestFeedback(t.ctx, { giverName: 'lena  park', body: request, sentOn: '2026-11-25' });
    expect(await remeasures('2026-11-28')).toEqual([]);
  });
});
