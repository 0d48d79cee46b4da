import { type LoopTable, loadLoopSnapshot } from '../actions/load-loop-snapshot.js';
import { refreshLoopPlan } from '../actions/loop-plan.js';
import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { allClearText, type DoctorCoverage, describeCoverage } from './describe-coverage.js';
import type { DoctorFinding } from './pitfall.js';
import { pitfalls, workspacePitfalls } from './pitfall-registry.js';
import type { PitfallId } from './schemas.js';

/** What the doctor found on one day. */
export interface DoctorReport {
  today: string;
  /** The pitfalls checked, in order. */
  checked: PitfallId[];
  findings: DoctorFinding[];
  /** What there was to judge: goals, skill gaps, mentors and asks. */
  covered: DoctorCoverage;
  /** With no findings, what the clean report can truly say (no goal is not a concrete goal); else null. */
  allClear: string | null;
}

const order = new Map(pitfalls.map((p, i) => [p.id, i]));

/**
 * Checks the whole workspace for the pitfalls of SPEC §1.8 as of `today` (default: the
 * clock's date), findings in the registry's order. Findings about mentors come from the stored
 * loop plan (made again for the mentors whose records changed); the others are judged on the
 * workspace's small tables, read once into one snapshot. The workspace's owner (role and
 * level) matters too: `iq-over-reliance` depends on it.
 */
export async function runDoctor(ctx: Context, options: { today?: string | undefined } = {}): Promise<DoctorReport> {
  const today = options.today ?? ctx.clock.today();
  if (!isIsoDate(today)) throw new AppError('invalid_input', `Invalid date "${today}": write it YYYY-MM-DD`);
  await refreshLoopPlan(ctx.ws);
  const tables = [...new Set<LoopTable>(workspacePitfalls.flatMap((p) => p.tables))];
  const [planned, snapshot] = await Promise.all([
    ctx.ws.loopPlan.due('finding', today),
    loadLoopSnapshot(ctx, { today, tables, user: (await ctx.ws.profile()) ?? null }),
  ]);
  const findings = [...(planned as DoctorFinding[]), ...workspacePitfalls.flatMap((p) => p.find(snapshot, today))];
  const covered = await describeCoverage(ctx.ws, snapshot);
  return {
    today,
    checked: pitfalls.map((p) => p.id),
    // A stable sort: within one pitfall, findings keep the plan's order (by day, then record).
    findings: findings.sort((a, b) => (order.get(a.pitfall) ?? 0) - (order.get(b.pitfall) ?? 0)),
    covered,
    allClear: findings.length === 0 ? allClearText(covered) : null,
  };
}
