import type { Context } from '../ports.js';
import { createRecord, dropUndefined } from '../records/create-record.js';
import { parseInput } from '../records/parse-input.js';
import { type GoalCheck, type GoalFields, readOutcomeFields } from './read-outcome-fields.js';
import { type Outcome, outcomeCreate } from './schemas.js';

/** What adding an outcome did: stored it (active or draft), or refused a vague goal. */
export type AddOutcomeResult = { saved: true; outcome: Outcome; check: GoalCheck } | { saved: false; outcome: null; check: GoalCheck };

/**
 * Adds an outcome the way the framework wants it (SPEC §1.1): the statement is read with the
 * goal check, which fills the metric, baseline, target, deadline, deliverable and the rest;
 * fields given explicitly override what it read. A goal that is not concrete is not stored
 * (the result carries the check's findings) unless `draft` asks to keep it as a draft, which
 * the doctor keeps listing until it is concrete. Explicit fields are validated first, so bad
 * input is refused as such whatever the statement says.
 */
export async function addOutcome(
  ctx: Context,
  options: { statement: string; fields?: Partial<GoalFields> | undefined; draft?: boolean | undefined },
): Promise<AddOutcomeResult> {
  const explicit = parseInput(outcomeCreate, { ...dropUndefined(options.fields ?? {}), statement: options.statement }, 'outcome');
  const { check, fields } = readOutcomeFields(explicit.statement, ctx.clock.today());
  if (check.verdict !== 'concrete' && !options.draft) return { saved: false, outcome: null, check };
  const input = { ...fields, ...dropUndefined(explicit), status: options.draft ? 'draft' : 'active' };
  return { saved: true, outcome: await createRecord(ctx, { entity: 'outcomes', input }), check };
}
