import { addMonths, formatIsoDate, parseIsoDate } from '../../analysis/engine/calendar.js';
import type { Role } from '../accounts/schemas.js';
import { isSetAside } from '../actions/loop-facts.js';
import { AppError } from '../errors.js';
import type { Context, TeamFigures } from '../ports.js';
import { PASSED_VERDICT } from '../relationships/passed-check.js';
import { type Stage, stages } from '../relationships/schemas.js';

/**
 * The stages at which a relationship's loop is under way: from the smallest ask on, until it is
 * set aside (`dormant`, `declined`). A prospect has not been asked yet.
 */
export const activeLoopStages: readonly Stage[] = stages.filter((s) => s !== 'prospect' && !isSetAside(s));

/** The team's figures for the calendar month of today: counts only, and the month they cover. */
export interface TeamFiguresReport extends TeamFigures {
  /** The month counted, `YYYY-MM`, and its first and last day. */
  month: string;
  from: string;
  to: string;
}

/**
 * Team-level figures for an admin (the "admin sees team-level figures only"): how many
 * members, how many loops are under way, and this calendar month's circle-backs, asks and asks
 * that passed their check. Counts across every member, never a note, message or feedback; a
 * member who is not an admin is refused.
 */
export async function teamFigures(ctx: Context, options: { role: Role }): Promise<TeamFiguresReport> {
  if (options.role !== 'admin') throw new AppError('forbidden', 'Only an admin can see the team’s figures');
  const today = parseIsoDate(ctx.clock.today());
  if (!today) throw new AppError('internal', `The reference date ${ctx.clock.today()} is not a date; nothing was read`);
  const first = { ...today, day: 1 };
  const next = addMonths(first, 1);
  const from = formatIsoDate(first);
  const until = formatIsoDate(next);
  const figures = await ctx.ws.teamFigures({ from, until, activeStages: activeLoopStages, passedVerdict: PASSED_VERDICT });
  const last = new Date(Date.UTC(next.year, next.month - 1, 0)).toISOString().slice(0, 10);
  return { month: from.slice(0, 7), from, to: last, ...figures };
}
