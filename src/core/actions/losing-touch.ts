import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import type { Stage } from '../relationships/stages.js';
import { type LoopSnapshot, type LoopTable, loadLoopSnapshot } from './load-loop-snapshot.js';
import { isSetAside, mentorName, touchState } from './loop-facts.js';

/** A relationship past `replied` whose last real interaction is older than its maximum gap. */
export interface LosingTouch {
  relationshipId: string;
  mentorId: string;
  mentorName: string;
  stage: Stage;
  /** The last message or meeting (the stage date when there was none). */
  lastInteraction: string;
  daysSince: number;
  maxGapDays: number;
}

/** The tables the losing-touch list reads. */
export const losingTouchTables: readonly LoopTable[] = ['mentors', 'relationships', 'messages', 'meetings'];

/** The losing-touch list of a snapshot, longest silence first. */
export function losingTouchIn(s: LoopSnapshot): LosingTouch[] {
  const list: LosingTouch[] = [];
  for (const rel of s.relationships) {
    if (isSetAside(rel.stage)) continue;
    const touch = touchState(rel, s.records(rel.id), s.today);
    if (!touch?.losing) continue;
    list.push({
      relationshipId: rel.id,
      mentorId: rel.mentorId,
      mentorName: mentorName(s, rel.mentorId),
      stage: rel.stage,
      lastInteraction: touch.since,
      daysSince: touch.daysSince,
      maxGapDays: rel.maxGapDays,
    });
  }
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
  return losingTouchIn(await loadLoopSnapshot(ctx, { today, tables: losingTouchTables }));
}
