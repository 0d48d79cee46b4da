import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { daysFrom } from './loop-facts.js';
import { refreshLoopPlan } from './loop-plan.js';
import type { LosingTouch, TouchDraft } from './loop-types.js';

/** The losing-touch list from the stored plan (brought up to date first), longest silence first. */
export async function readLosingTouch(ws: Workspace, today: string): Promise<LosingTouch[]> {
  const list = ((await ws.loopPlan.due('touch', today)) as TouchDraft[]).map((draft): LosingTouch => {
    return { ...draft, daysSince: daysFrom(draft.lastInteraction, today) };
  });
  return list.sort((a, b) => b.daysSince - a.daysSince || (a.mentorName < b.mentorName ? -1 : a.mentorName > b.mentorName ? 1 : 0));
}

/**
 * The "losing touch" list (SPEC §1.4): relationships past `replied` with no message or meeting
 * for longer than their maximum gap (60 days by default), judged on `today` (default: the
 * clock's date).
 */
export async function losingTouch(ctx: Context, options: { today?: string | undefined } = {}): Promise<LosingTouch[]> {
  const today = options.today ?? ctx.clock.today();
  if (!isIsoDate(today)) throw new AppError('invalid_input', `Invalid date "${today}": write it YYYY-MM-DD`);
  await refreshLoopPlan(ctx.ws);
  return readLosingTouch(ctx.ws, today);
}
