import { addDays, isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { checkinAction } from './growth-actions.js';
import { loopDefaults } from './loop-defaults.js';
import { refreshLoopPlan } from './loop-plan.js';
import type { LosingTouch } from './loop-types.js';
import { readLosingTouch } from './losing-touch.js';
import type { ActionDraft, NextAction } from './next-action.js';
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
 * Mentors' and the Mirror's actions come from the stored loop plan, made again only for what
 * changed; check-ins from the active outcomes and each one's latest check-in date (an index
 * read, not the check-ins). So the cost grows with what is due rather than with the size of the
 * workspace, and a stream of check-ins makes no plan again.
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
  const until = addDays(today, horizonDays);
  // Check-ins are read while the plan is brought up to date: neither waits for the other.
  const checkins = checkinActions(ctx);
  checkins.catch(() => {});
  await refreshLoopPlan(ctx.ws);
  const [planned, checkinDrafts, losingTouch] = await Promise.all([
    ctx.ws.loopPlan.due('action', until),
    checkins,
    readLosingTouch(ctx.ws, today),
  ]);
  const actions = [...(planned as ActionDraft[]), ...checkinDrafts.filter((a) => a.dueOn <= until)]
    .map((draft) => dateAction(draft, today))
    .sort((a, b) => compare(a.dueOn, b.dueOn) || (priority.get(a.kind) ?? 0) - (priority.get(b.kind) ?? 0) || compare(a.id, b.id));
  return { today, horizonDays, actions, losingTouch };
}

/** The check-in of each active outcome, from its latest check-in date alone. */
async function checkinActions(ctx: Context): Promise<ActionDraft[]> {
  const [outcomes, last] = await Promise.all([
    ctx.ws.table('outcomes').list({ status: 'active' }),
    ctx.ws.table('checkins').maxBy('date', 'outcomeId'),
  ]);
  return outcomes.flatMap((outcome) => checkinAction(outcome, last.get(outcome.id)) ?? []);
}
