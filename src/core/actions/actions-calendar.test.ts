import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../records/create-record.js';
import { addMentor } from '../relationships/add-mentor.js';
import { logMessage } from '../relationships/log-message.js';
import { actionsCalendar } from './actions-calendar.js';
import { nextActions } from './next-actions.js';

/** The events of an iCalendar text, with their properties unfolded. */
function events(ics: string): Array<Record<string, string>> {
  const lines = ics.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const found: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      found.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describeEachDialect('next actions as an iCalendar file', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-06-30');
    await createRecord(t.on('2026-01-05'), { entity: 'outcomes', input: { statement: 'Raise activation from 30% to 40% by 2026-06-30' } });
    const { relationship } = await addMentor(t.on('2026-01-05'), { input: { name: 'Maya Lindqvist' } });
    await logMessage(t.on('2026-01-06'), {
      input: {
        relationshipId: relationship.id,
        kind: 'ask',
        body: 'Which plan do you show first in your pricing talk?',
        sentOn: '2026-01-06',
      },
    });
  });
  afterEach(() => t.close());

  const exportOn = async (day: string) => {
    const ctx = t.on(day);
    const { actions } = await nextActions(ctx, { horizonDays: 30 });
    return { actions, ics: actionsCalendar(ctx, { actions }) };
  };

  it('writes one all-day event per action, with a stable UID and DTSTAMP from the clock', async () => {
    const { actions, ics } = await exportOn('2026-01-10');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
    const found = events(ics);
    expect(found).toHaveLength(actions.length);
    const followUp = actions.find((a) => a.kind === 'follow-up');
    const event = found.find((e) => e.UID === `${followUp?.id}@understudy`);
    expect(event).toMatchObject({ 'DTSTART;VALUE=DATE': '20260116', SUMMARY: 'Send Maya Lindqvist one polite follow-up' });
    expect(event?.DESCRIPTION).toContain('your ask of 2026-01-06 has no reply');
    expect(event?.DTSTAMP).toMatch(/^20260110T\d{6}Z$/);
  });

  it('keeps the UIDs of pending actions across exports on different days, so re-importing updates them', async () => {
    const first = await exportOn('2026-01-10');
    const later = await exportOn('2026-01-17');
    const pendingBoth = first.actions.filter((a) => later.actions.some((b) => b.id === a.id));
    expect(pendingBoth.map((a) => a.kind).sort()).toEqual(['check-in', 'follow-up']);
    const uids = (ics: string) => new Set(events(ics).map((e) => e.UID));
    for (const action of pendingBoth) {
      expect(uids(first.ics)).toContain(`${action.id}@understudy`);
      expect(uids(later.ics)).toContain(`${action.id}@understudy`);
    }
    const overdue = events(later.ics).find((e) => e.UID?.startsWith('follow-up:'));
    expect(overdue).toMatchObject({ 'DTSTART;VALUE=DATE': '20260117' });
    expect(overdue?.SUMMARY).toMatch(/\(overdue\)$/);
    expect(overdue?.DESCRIPTION).toContain('Due 2026-01-16.');
  });
});
