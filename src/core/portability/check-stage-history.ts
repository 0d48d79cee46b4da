import type { Relationship, Transition } from '../relationships/schemas.js';
import type { BackupProblem } from './backup-problem.js';

/** Orders one relationship's moves as they were made: by date, then by when each was written. */
function byMoment(a: Transition, b: Transition): number {
  const key = (t: Transition) => [t.date, t.createdAt, t.id] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i += 1) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * Checks that each relationship's stage moves tell its story: a first move from nowhere, each
 * next move starting where the one before ended, and the last one ending at the relationship's
 * stage on its `stageSince` date (as `startRelationship` and `moveRelationship` write them).
 * The loop reads the stage and the moves separately, so a backup where they disagree would
 * restore a relationship that contradicts itself. Returns the first problem, or null.
 */
export function checkStageHistory(relationships: readonly Relationship[], transitions: readonly Transition[]): BackupProblem | null {
  const indexOf = new Map(transitions.map((t, i) => [t.id, i]));
  const moves = new Map<string, Transition[]>();
  for (const t of transitions) {
    const list = moves.get(t.relationshipId);
    if (list) list.push(t);
    else moves.set(t.relationshipId, [t]);
  }
  for (const [index, rel] of relationships.entries()) {
    const at = { entity: 'relationships', index, id: rel.id };
    const history = (moves.get(rel.id) ?? []).sort(byMoment);
    const last = history.at(-1);
    if (!last) return { ...at, field: 'stage', message: 'has no stage history: no stage move records how it reached its stage' };
    let before: Transition | null = null;
    for (const move of history) {
      const expected = before ? before.toStage : null;
      if (move.fromStage !== expected) {
        const where = { entity: 'transitions', index: indexOf.get(move.id) ?? 0, id: move.id, field: 'fromStage' };
        const story = before
          ? `the move before it (${before.id}, on ${before.date}) ended at "${before.toStage}"`
          : `it is the first move of relationship ${rel.id}, so it must start from null`;
        return { ...where, message: `${JSON.stringify(move.fromStage)} does not follow the relationship's history: ${story}` };
      }
      before = move;
    }
    if (last.toStage !== rel.stage) {
      return {
        ...at,
        field: 'stage',
        message: `"${rel.stage}" does not match its stage history, whose last move (${last.id}, on ${last.date}) ends at "${last.toStage}"`,
      };
    }
    if (last.date !== rel.stageSince) {
      return {
        ...at,
        field: 'stageSince',
        message: `"${rel.stageSince}" does not match the date of its last stage move (${last.id}), ${last.date}`,
      };
    }
  }
  return null;
}
