import { checkGoal, type GoalOutcome } from '../../analysis/checks/goal/check-goal.js';
import type { Outcome } from './schemas.js';

/** The fields of an outcome record that the goal check can fill from its statement. */
export type GoalFields = Pick<
  Outcome,
  'kind' | 'metric' | 'direction' | 'baseline' | 'target' | 'unit' | 'deadline' | 'deliverable' | 'criterion' | 'stakeholders'
>;

/** The goal check's result (SPEC §1.1): verdict, findings and the fields it read. */
export type GoalCheck = ReturnType<typeof checkGoal>;

/** Longest text a read field keeps, the record's limit for a metric or a deliverable. */
const MAX_FIELD = 300;

const short = (text: string | null) => (text === null ? null : text.slice(0, MAX_FIELD));

/**
 * The record fields of what the goal check read. A countable deliverable ("ship 12
 * experiments") targets its count; a change in points ("from 30% to 40%") is between levels
 * that are percentages, so its unit is `%`. Anything the statement does not say stays null.
 */
export function fieldsOfGoal(read: GoalOutcome): GoalFields {
  const count = read.change?.unit === 'count' ? read.change.value : null;
  return {
    kind: read.kind,
    metric: short(read.metric),
    direction: read.direction,
    baseline: read.baseline,
    target: read.target ?? count,
    unit: read.change?.unit === 'points' ? '%' : null,
    deadline: read.deadline,
    deliverable: short(read.deliverable),
    criterion: short(read.criterion),
    stakeholders: read.stakeholders,
  };
}

/**
 * Reads an outcome statement with the goal check as of `today` and returns the check with the
 * record fields it fills. Pure: the same statement and date always give the same fields, so
 * every surface that saves an outcome fills it alike.
 */
export function readOutcomeFields(statement: string, today: string): { check: GoalCheck; fields: GoalFields } {
  const check = checkGoal(statement, { today });
  return { check, fields: fieldsOfGoal(check.outcome) };
}
