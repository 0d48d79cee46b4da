import { addDays, isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { contactActions } from './contact-actions.js';
import { growthActions } from './growth-actions.js';
import { type LoopSnapshot, type LoopTable, loadLoopSnapshot } from './load-loop-snapshot.js';
import { loopActions } from './loop-actions.js';
import { loopDefaults } from './loop-defaults.js';
import { type LosingTouch, losingTouchIn } from './losing-touch.js';
import { type ActionDraft, actionKinds, type NextAction } from './next-action.js';

/** What to do, as of one day. */
export interface NextActions {
  today: string;
  horizonDays: number;
  /** Actions due up to `horizonDays` after today (overdue ones included), soonest first. */
  actions: NextAction[];
  /** Relationships past their maximum keep-in-touch gap. */
  losingTouch: LosingTouch[];
}

/** The tables next actions read, each once. */
export const nextActionTables: readonly LoopTable[] = [
  'outcomes',
  'checkins',
  'gaps',
  'mentors',
  'relationships',
  'messages',
  'advice',
  'meetings',
  'actionItems',
  'feedbackRequests',
];

/** Orders plain strings by code unit: dates and ids need no locale rules, and this is fast. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const priority = new Map(actionKinds.map((kind, i) => [kind, i]));

/**
 * Plans the actions of a snapshot. Keep-in-touch is dropped when another action with the same
 * mentor falls due no later, since doing that one resets the keep-in-touch clock anyway.
 */
export function planActions(s: LoopSnapshot, horizonDays: number): NextActions {
  const drafts: ActionDraft[] = [...loopActions(s), ...contactActions(s), ...growthActions(s)];
  // The first day another step with each mentor (not an own action item) is due.
  const firstContact = new Map<string, string>();
  for (const a of drafts) {
    if (a.kind === 'keep-in-touch' || a.kind === 'action-item' || !a.relationshipId) continue;
    const seen = firstContact.get(a.relationshipId);
    if (!seen || a.dueOn < seen) firstContact.set(a.relationshipId, a.dueOn);
  }
  const covered = (a: ActionDraft) =>
    a.kind === 'keep-in-touch' && a.relationshipId !== undefined && (firstContact.get(a.relationshipId) ?? '9999-12-31') <= a.dueOn;
  const until = addDays(s.today, horizonDays);
  const actions = drafts
    .filter((a) => a.dueOn <= until && !covered(a))
    .map((a): NextAction => ({ ...a, overdue: a.dueOn < s.today }))
    .sort((a, b) => compare(a.dueOn, b.dueOn) || (priority.get(a.kind) ?? 0) - (priority.get(b.kind) ?? 0) || compare(a.id, b.id));
  return { today: s.today, horizonDays, actions, losingTouch: losingTouchIn(s) };
}

/**
 * What to do next (SPEC §2): circle back, apply advice, follow up, escalate, office hours,
 * check in on outcomes, ask for feedback, keep in touch; each with its due date and a reason.
 * `today` defaults to the clock's date and `horizonDays` (days ahead to include) to 7.
 * Reads each table once, so the cost grows with the workspace, not with queries per mentor.
 */
export async function nextActions(
  ctx: Context,
  options: { today?: string | undefined; horizonDays?: number | undefined } = {},
): Promise<NextActions> {
  const today = options.today ?? ctx.clock.today();
  if (!isIsoDate(today)) throw new AppError('invalid_input', `Invalid date "${today}": write it YYYY-MM-DD`);
  const horizonDays = options.horizonDays ?? loopDefaults.horizon;
  if (!Number.isInteger(horizonDays) || horizonDays < 0 || horizonDays > 366) {
    throw new AppError('invalid_input', `The horizon must be a whole number of days from 0 to 366, not ${horizonDays}`);
  }
  return planActions(await loadLoopSnapshot(ctx, { today, tables: nextActionTables }), horizonDays);
}
