import { nextStages, type Stage, stages } from '../relationships/stages.js';

/** Each stage with the stages a relationship may move to from it. */
export type StageMoves = Record<Stage, Stage[]>;

/**
 * The moves the loop allows from each stage, read from the relationship rules themselves, so
 * the board and "Move to stage" offer exactly what a move would accept and follow the rules
 * when they change, without a copy of the table.
 */
export function listStageMoves(): StageMoves {
  return Object.fromEntries(stages.map((stage) => [stage, nextStages(stage)])) as StageMoves;
}
