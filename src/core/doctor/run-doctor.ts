import { type LoopTable, loadLoopSnapshot } from '../actions/load-loop-snapshot.js';
import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import type { User } from '../users/schemas.js';
import type { DoctorFinding, Pitfall, PitfallId } from './pitfall.js';
import { iqOverReliance } from './pitfalls/iq-over-reliance.js';
import { noMirror } from './pitfalls/no-mirror.js';
import { prematureEscalation } from './pitfalls/premature-escalation.js';
import { staleOutcome } from './pitfalls/stale-outcome.js';
import { transactional } from './pitfalls/transactional.js';
import { unclosedLoop } from './pitfalls/unclosed-loop.js';
import { vagueAsk } from './pitfalls/vague-ask.js';
import { vagueGoal } from './pitfalls/vague-goal.js';

/** Every pitfall the doctor checks (SPEC §1.8), in report order. */
export const pitfalls: readonly Pitfall[] = [
  vagueAsk,
  unclosedLoop,
  transactional,
  iqOverReliance,
  staleOutcome,
  prematureEscalation,
  vagueGoal,
  noMirror,
];

/** What the doctor found on one day. */
export interface DoctorReport {
  today: string;
  /** The pitfalls checked, in order. */
  checked: PitfallId[];
  findings: DoctorFinding[];
}

/**
 * Checks the whole workspace for the pitfalls of SPEC §1.8 as of `today` (default: the
 * clock's date). The tables the pitfalls need are read once into one snapshot they all share.
 * `user` (role and level) is the workspace's user: `iq-over-reliance` depends on it.
 */
export async function runDoctor(
  ctx: Context,
  options: { user: Pick<User, 'role' | 'level'> | null; today?: string | undefined },
): Promise<DoctorReport> {
  const today = options.today ?? ctx.clock.today();
  if (!isIsoDate(today)) throw new AppError('invalid_input', `Invalid date "${today}": write it YYYY-MM-DD`);
  const tables = [...new Set<LoopTable>(pitfalls.flatMap((p) => p.tables))];
  const snapshot = await loadLoopSnapshot(ctx, { today, tables, user: options.user });
  return {
    today,
    checked: pitfalls.map((p) => p.id),
    findings: pitfalls.flatMap((p) => p.find(snapshot, today)),
  };
}
