import type { LoopRecords } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';
import { isSetAside, latest, mentorName, quote, shiftDays, shiftMonths, touchClock } from './loop-facts.js';
import type { ActionDraft } from './next-action.js';

const cadenceStep: Record<'weekly' | 'biweekly' | 'monthly' | 'quarterly', (date: string) => string> = {
  weekly: (d) => shiftDays(d, 7),
  biweekly: (d) => shiftDays(d, 14),
  monthly: (d) => shiftMonths(d, 1),
  quarterly: (d) => shiftMonths(d, 3),
};

/**
 * The actions that keep contact going: one polite follow-up 10 days after an unanswered ask,
 * then `dormant` 10 days after that; the next office-hours slot by its cadence; open action
 * items from meetings; and keep-in-touch for relationships past `replied`, due the ideal gap
 * after the last real interaction (a message or a meeting).
 */
export function contactActions(s: LoopRecords): ActionDraft[] {
  const actions: ActionDraft[] = [];
  for (const rel of s.relationships) {
    if (isSetAside(rel.stage)) continue;
    const records = s.records(rel.id);
    const who = mentorName(s, rel.mentorId);
    const about = { mentorId: rel.mentorId, relationshipId: rel.id, ...(rel.outcomeId ? { outcomeId: rel.outcomeId } : {}) };
    if (rel.stage === 'asked') {
      const asks = records.messages.filter((m) => m.kind === 'ask');
      const ask = asks.reduce<(typeof asks)[number] | undefined>((a, m) => (!a || m.sentOn >= a.sentOn ? m : a), undefined);
      const askedOn = ask?.sentOn ?? rel.stageSince;
      const followUp = records.messages.find((m) => m.kind === 'follow-up' && m.sentOn >= askedOn && (!ask || m.createdAt > ask.createdAt));
      actions.push(
        followUp
          ? {
              id: `dormant:${followUp.id}`,
              kind: 'dormant',
              dueOn: shiftDays(followUp.sentOn, loopDefaults.dormantAfterFollowUp),
              reason: `Move ${who} to dormant: neither your ask of ${askedOn} nor the follow-up of ${followUp.sentOn} got a reply.`,
              ...about,
            }
          : {
              id: `follow-up:${ask?.id ?? rel.id}`,
              kind: 'follow-up',
              dueOn: shiftDays(askedOn, loopDefaults.followUpAfterAsk),
              reason: `Send ${who} one polite follow-up: your ask of ${askedOn} has no reply.`,
              ...about,
            },
      );
    }
    if (rel.stage === 'office-hours' && rel.officeHoursCadence) {
      const last = latest(records.meetings.map((m) => m.date)) ?? rel.stageSince;
      const length = rel.officeHoursMinutes ? `${rel.officeHoursMinutes}-minute ` : '';
      actions.push({
        id: `office-hours:${rel.id}`,
        kind: 'office-hours',
        dueOn: cadenceStep[rel.officeHoursCadence](last),
        reason: `Your ${rel.officeHoursCadence} ${length}office hours with ${who} (last met ${last}): bring one nuanced problem.`,
        ...about,
      });
    }
    const touch = touchClock(rel, records);
    if (touch) {
      actions.push({
        id: `keep-in-touch:${rel.id}`,
        kind: 'keep-in-touch',
        dueOn: touch.dueOn,
        reason: `Stay in touch with ${who}: last message or meeting ${touch.since}, ideal gap ${rel.idealGapDays} days.`,
        whenLosing: {
          from: touch.losingFrom,
          reason: `Losing touch with ${who}: no message or meeting since ${touch.since}, past the ${rel.maxGapDays}-day maximum.`,
        },
        ...about,
      });
    }
  }
  const meetings = new Map(s.meetings.map((m) => [m.id, m]));
  for (const item of s.actionItems) {
    if (item.doneOn || !item.dueOn) continue;
    const rel = s.relationshipsById.get(meetings.get(item.meetingId)?.relationshipId ?? '');
    actions.push({
      id: `action-item:${item.id}`,
      kind: 'action-item',
      dueOn: item.dueOn,
      reason: `Action item${rel ? ` from your meeting with ${mentorName(s, rel.mentorId)}` : ''}: ${quote(item.text, 80)}.`,
      ...(rel ? { mentorId: rel.mentorId, relationshipId: rel.id } : {}),
    });
  }
  return actions;
}
