import type { PlannedItem, Workspace } from '../ports.js';
import { feedbackActions } from './growth-actions.js';
import { remeasureActions } from './remeasure-actions.js';

/**
 * The plan key of the Mirror's actions (feedback requests on EQ gaps, re-measures), beside the
 * mentors' ids: the empty key, which no record id can be (ids have 1 to 64 characters). The
 * database marks it stale on every write to gaps, feedback requests and feedback (migration
 * `loop-plan-mirror`), which are rare next to the reads of next actions.
 */
export const MIRROR_KEY = '';

/** The Mirror's planned actions, none depending on the day, made from its three tables. */
export async function planMirror(ws: Workspace): Promise<PlannedItem[]> {
  const [gaps, feedbackRequests, feedback] = await Promise.all([
    ws.table('gaps').list(),
    ws.table('feedbackRequests').list(),
    ws.table('feedback').list(),
  ]);
  return [...feedbackActions({ gaps, feedbackRequests }), ...remeasureActions({ feedbackRequests, feedback })].map((action) => ({
    item: 'action',
    id: action.id,
    mentorId: MIRROR_KEY,
    dueOn: action.dueOn,
    body: action,
  }));
}
