import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { addMentor } from './add-mentor.js';
import { getMentorHistory } from './get-mentor-history.js';
import { logMeeting } from './log-meeting.js';

describeEachDialect('logging a meeting', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let relationshipId: string;
  let mentorId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    const added = await addMentor(t.on('2026-11-01'), { input: { name: 'Maya' } });
    relationshipId = added.relationship.id;
    mentorId = added.mentor.id;
  });
  afterEach(() => t.close());

  const count = async () => ({
    meetings: (await t.ctx.ws.table('meetings').list()).length,
    actionItems: (await t.ctx.ws.table('actionItems').list()).length,
  });

  it('stores the meeting with its action items and shows them in the history', async () => {
    const logged = await logMeeting(t.ctx, {
      relationshipId,
      date: '2026-11-20',
      objective: 'Review the pricing test plan',
      notes: 'Maya liked the decoy idea.',
      actionItems: [{ text: 'Send the test results', dueOn: '2026-12-05' }, { text: 'Share the talk with the team' }],
    });
    expect(logged.meeting).toMatchObject({ date: '2026-11-20', objective: 'Review the pricing test plan', durationMinutes: null });
    expect(logged.actionItems.map((a) => [a.text, a.dueOn, a.doneOn])).toEqual([
      ['Send the test results', '2026-12-05', null],
      ['Share the talk with the team', null, null],
    ]);
    const [history] = (await getMentorHistory(t.ctx, { mentorId })).relationships;
    expect(history?.meetings).toEqual([{ ...logged.meeting, actionItems: logged.actionItems }]);
  });

  it('defaults the date to today and needs nothing else', async () => {
    const { meeting, actionItems } = await logMeeting(t.ctx, { relationshipId });
    expect(meeting).toMatchObject({ date: '2026-11-28', objective: null, notes: null });
    expect(actionItems).toEqual([]);
  });

  it('refuses a future date, an item due before the meeting, an empty item or an unknown relationship, writing nothing', async () => {
    const refused = [
      logMeeting(t.ctx, { relationshipId, date: '2026-12-01' }),
      logMeeting(t.ctx, { relationshipId, date: '2026-11-20', actionItems: [{ text: 'ok' }, { text: 'Late', dueOn: '2026-11-19' }] }),
      logMeeting(t.ctx, { relationshipId, actionItems: [{ text: '  ' }] }),
      logMeeting(t.ctx, { relationshipId, actionItems: [{ text: 'x', dueOn: '2026-13-01' }] }),
      logMeeting(t.ctx, { relationshipId: 'missing', actionItems: [{ text: 'x' }] }),
    ];
    const codes = await Promise.all(
      refused.map((p) =>
        p.then(
          () => 'ok',
          (e: { code: string }) => e.code,
        ),
      ),
    );
    expect(codes).toEqual(['invalid_input', 'invalid_input', 'invalid_input', 'invalid_input', 'not_found']);
    expect(await count()).toEqual({ meetings: 0, actionItems: 0 });
  });
});
