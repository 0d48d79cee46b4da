import { classifySkill, type SkillResult } from '../../analysis/checks/skill/classify-skill.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import type { Gap, Skill } from './schemas.js';

/** What adding a skill gap did: the gap, and how its skill was decided when none was given. */
export interface AddedGap {
  gap: Gap;
  /** The classification (SPEC §1.2) that chose the skill; null when the caller named the skill. */
  classification: SkillResult | null;
}

/**
 * Adds a skill gap. Without a skill, the statement is classified by its primary blocker (IQ
 * or EQ, which skill, and the words that decided it) and the gap takes that skill; a statement
 * with nothing to decide by is refused rather than guessed. A skill given explicitly wins.
 */
export async function addGap(
  ctx: Context,
  options: { statement: string; skill?: Skill | string | undefined; outcomeId?: string | undefined },
): Promise<AddedGap> {
  let classification: SkillResult | null = null;
  let skill = options.skill;
  if (skill === undefined) {
    classification = classifySkill(options.statement);
    if (classification.evidence.length === 0) {
      throw new AppError(
        'invalid_input',
        'Cannot tell which skill blocks you from these words: say what you cannot do yet, in a sentence, or name the skill',
        { classification },
      );
    }
    skill = classification.skill;
  }
  const input = { statement: options.statement, skill, ...(options.outcomeId === undefined ? {} : { outcomeId: options.outcomeId }) };
  return { gap: await createRecord(ctx, { entity: 'gaps', input }), classification };
}
