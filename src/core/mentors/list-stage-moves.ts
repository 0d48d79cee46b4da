import { type Stage, stages } from '../relationships/schemas.js';
import { stagesByHand } from '../relationships/stages.js';

/** Each stage with the stages a relationship may move to from it. */
export type StageMoves = Record<Stage, Stage[]>;

/**
 * The moves a person may make by hand from each stage, read from the relationship rules
 * themselves, so the board and "Move to stage" offer what a move would accept and follow the
 * rules when they change, without a copy of the table. `circled-back` is never offered: only a
 * logged circle-back that passes its check reaches it.
 */
export function listStageMoves(): StageMoves {
  return Object.fromEntries(stages.map((stage) => [stage, stagesByHand(stage)])) as StageMoves;
}
