import type { LoopSnapshot } from '../actions/load-loop-snapshot.js';
import type { Workspace } from '../ports.js';

/** How much of the loop there was for the doctor to judge. */
export interface DoctorCoverage {
  /** Active and draft outcomes: the goals `vague-goal` checks. */
  goals: number;
  /** Active skill gaps. */
  gaps: number;
  /** Whether any relationship with a mentor exists. */
  mentors: boolean;
  /** Whether any ask was logged as sent. */
  asks: boolean;
}

/**
 * Counts what the doctor had to judge: the goals and skill gaps (from the snapshot it already
 * read) and whether any mentor or sent ask exists (one row each at most, whatever the size
 * of the workspace). A clean report may then say only what is true: no goal is not a
 * concrete goal.
 */
export async function describeCoverage(ws: Workspace, snapshot: Pick<LoopSnapshot, 'outcomes' | 'gaps'>): Promise<DoctorCoverage> {
  const one = { limit: 1, offset: 0 };
  const [relationships, asks] = await Promise.all([
    ws.table('relationships').list({}, one),
    ws.table('messages').list({ kind: 'ask', direction: 'out' }, one),
  ]);
  return {
    goals: snapshot.outcomes.filter((o) => o.status === 'active' || o.status === 'draft').length,
    gaps: snapshot.gaps.filter((g) => g.status === 'active').length,
    mentors: relationships.length > 0,
    asks: asks.length > 0,
  };
}

/**
 * What a report with no findings may claim besides "no pitfalls", in sentences: each part of the loop that exists
 * and passed, and each part that does not exist yet named as missing rather than as passed.
 */
export function allClearText(c: DoctorCoverage): string {
  const goals =
    c.goals === 0
      ? 'No goals yet: write a concrete 3–6 month outcome to start.'
      : c.goals === 1
        ? 'Your goal is concrete.'
        : `All ${c.goals} of your goals are concrete.`;
  const gaps = c.gaps === 0 ? 'No skill gap named yet.' : null;
  const loop = !c.mentors
    ? 'No mentors in the loop yet.'
    : !c.asks
      ? 'No asks sent yet.'
      : 'Every ask you sent passes its check and every loop is closed on time.';
  return [goals, gaps, loop].filter(Boolean).join(' ');
}
