import { addDays, isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { growthActions } from './growth-actions.js';
import { type LoopTable, loadLoopSnapshot } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';
import { refreshLoopPlan } from './loop-plan.js';
import type { LosingTouch } from './loop-types.js';
import { readLosingTouch } from './losing-touch.js';
import type { ActionDraft, NextAction } from './next-action.js';
import { remeasureActions } from './remeasure-actions.js';
import { actionKinds } from './schemas.js';

/** What to do, as of one day. */
export interface NextActions {
  today: string;
  horizonDays: number;
  /** Actions due up to `horizonDays` after today (overdue ones included), soonest first. */
  actions: NextAction[];
  /** Relationships past their maximum keep-in-touch gap. */
  losingTouch: LosingTouch[];
}

/** The workspace's own tables next actions read on every call (mentors' come from the plan). */
export const growthTables: readonly LoopTable[] = ['outcomes', 'checkins', 'gaps', 'feedbackRequests', 'feedback'];

/** Orders plain strings by code unit: dates and ids need no locale rules, and this is fast. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const priority = new Map(actionKinds.map((kind, i) => [kind, i]));

/** An action dated against `today`: overdue or not, and the losing-touch reason once it applies. */
export function dateAction(draft: ActionDraft, today: string): NextAction {
  const { whenLosing, ...action } = draft;
  return {
    ...action,
    ...(whenLosing && whenLosing.from <= today ? { reason: whenLosing.reason } : {}),
    overdue: action.dueOn < today,
  };
}

/**
 * What to do next (SPEC §2): circle back, apply advice, follow up, escalate, office hours,
 * check in on outcomes, ask for feedback (and the same mirror again after adopting a
 * counter-behaviour), keep in touch; each with its due date and a reason.
 * `today` defaults to the clock's date and `horizonDays` (days ahead to include) to 7.
 * Mentors' actions come from the stored loop plan, made again for the mentors whose records
 * changed, so the cost grows with what is due rather than with the size of the workspace.
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
  await refreshLoopPlan(ctx.ws);
  const until = addDays(today, horizonDays);
  const [planned, snapshot, losingTouch] = await Promise.all([
    ctx.ws.loopPlan.due('action', until),
    loadLoopSnapshot(ctx, { today, tables: growthTables }),
    readLosingTouch(ctx.ws, today),
  ]);
  const drafts = [
    ...(planned as ActionDraft[]),
    ...[...growthActions(snapshot), ...remeasureActions(snapshot)].filter((a) => a.dueOn <= until),
  ];
  const actions = drafts
    .map((draft) => dateAction(draft, today))
    .sort((a, b) => compare(a.dueOn, b.dueOn) || (priority.get(a.kind) ?? 0) - (priority.get(b.kind) ?? 0) || compare(a.id, b.id));
  return { today, horizonDays, actions, losingTouch };
}
