import { mentorPitfalls } from '../doctor/pitfall-registry.js';
import type { PlannedItem, Workspace } from '../ports.js';
import { contactActions } from './contact-actions.js';
import { type LoopRecords, loadMentorRecords } from './load-loop-snapshot.js';
import { loopActions } from './loop-actions.js';
import { isSetAside, mentorName, touchClock } from './loop-facts.js';
import type { TouchDraft } from './loop-types.js';
import { MIRROR_KEY, planMirror } from './mirror-plan.js';
import type { ActionDraft } from './next-action.js';

/**
 * The version of the rules that make the plan. Change it whenever a rule of `loopActions`,
 * `contactActions`, `touchClock`, a mentor pitfall or the Mirror's actions (feedback requests,
 * re-measures) changes what it makes, so stored plans are made again on
 * first use.
 */
export const loopPlanVersion = '3';

/**
 * The actions of some mentors' relationships. Keep-in-touch is dropped when another step with
 * the same mentor (not an own action item) falls due no later, since doing that one resets the
 * keep-in-touch clock anyway.
 */
export function mentorActions(s: LoopRecords): ActionDraft[] {
  const drafts = [...loopActions(s), ...contactActions(s)];
  const firstContact = new Map<string, string>();
  for (const a of drafts) {
    if (a.kind === 'keep-in-touch' || a.kind === 'action-item' || !a.relationshipId) continue;
    const seen = firstContact.get(a.relationshipId);
    if (!seen || a.dueOn < seen) firstContact.set(a.relationshipId, a.dueOn);
  }
  return drafts.filter(
    (a) =>
      !(a.kind === 'keep-in-touch' && a.relationshipId !== undefined && (firstContact.get(a.relationshipId) ?? '9999-12-31') <= a.dueOn),
  );
}

/**
 * Everything the loop plans from some mentors' records, none of it depending on the day:
 * actions (due on their `dueOn`), doctor findings (holding from their `from`) and losing-touch
 * entries (from the first day past the maximum gap).
 */
export function planMentors(s: LoopRecords): PlannedItem[] {
  const items: PlannedItem[] = [];
  for (const action of mentorActions(s)) {
    if (action.mentorId) items.push({ item: 'action', id: action.id, mentorId: action.mentorId, dueOn: action.dueOn, body: action });
  }
  for (const pitfall of mentorPitfalls) {
    for (const { from, mentorId, finding } of pitfall.plan(s)) {
      items.push({ item: 'finding', id: `${pitfall.id}:${finding.records[0]?.id ?? mentorId}`, mentorId, dueOn: from, body: finding });
    }
  }
  for (const rel of s.relationships) {
    if (isSetAside(rel.stage)) continue;
    const touch = touchClock(rel, s.records(rel.id));
    if (!touch) continue;
    const body: TouchDraft = {
      relationshipId: rel.id,
      mentorId: rel.mentorId,
      mentorName: mentorName(s, rel.mentorId),
      stage: rel.stage,
      lastInteraction: touch.since,
      maxGapDays: rel.maxGapDays,
    };
    items.push({ item: 'touch', id: rel.id, mentorId: rel.mentorId, dueOn: touch.losingFrom, body });
  }
  return items;
}

/**
 * Brings the stored plan up to date: makes again the plan of every mentor whose records
 * changed since it was made, and the Mirror's when its records did (everything, the first time
 * or after the rules changed), in one transaction. When nothing changed it costs one small
 * read and writes nothing.
 */
export async function refreshLoopPlan(ws: Workspace): Promise<void> {
  if (!(await ws.loopPlan.isStale(loopPlanVersion))) return;
  await ws.transaction(
    async (tx) => {
      const stale = await tx.loopPlan.takeStale(loopPlanVersion);
      if (stale !== 'all' && stale.length === 0) return;
      const mentorIds = stale === 'all' ? 'all' : stale.filter((key) => key !== MIRROR_KEY);
      const mentors = mentorIds === 'all' || mentorIds.length > 0 ? planMentors(await loadMentorRecords(tx, mentorIds)) : [];
      const mirror = stale === 'all' || stale.includes(MIRROR_KEY) ? await planMirror(tx) : [];
      await tx.loopPlan.replace(stale, [...mentors, ...mirror]);
    },
    { derivedOnly: true },
  );
}
