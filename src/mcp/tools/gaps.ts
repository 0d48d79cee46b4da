import { z } from 'zod';
import { skills } from '../../core/gaps/schemas.js';
import { createRecord, dropUndefined } from '../../core/records/create-record.js';
import { getRecord } from '../../core/records/get-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { defineTool, idArg } from '../define-tool.js';
import { analysis } from '../modules.js';

/** Skill gaps: what blocks an outcome, IQ (study documents) or EQ (ask for feedback). */
export const gapTools = [
  defineTool({
    name: 'list_gaps',
    title: 'List skill gaps',
    description: 'List the user’s skill gaps with their category (iq/eq), skill, status and the outcome each blocks.',
    kind: 'read',
    input: { outcomeId: idArg('Only the gaps that block this outcome').optional() },
    run: async ({ outcomeId }, { ctx }) => {
      // An outcome that is not the user's is not found, as every tool answers an unknown id.
      if (outcomeId) await getRecord(ctx, { entity: 'outcomes', id: outcomeId });
      return { gaps: await listRecords(ctx, { entity: 'gaps', where: outcomeId ? { outcomeId } : {} }) };
    },
  }),
  defineTool({
    name: 'add_gap',
    title: 'Add a skill gap',
    description:
      'Add the skill gap that blocks an outcome; without a skill it is classified from the statement, and the classification (method, horizon) is returned.',
    kind: 'write',
    input: {
      statement: z.string().max(2_000).describe('What blocks the user, in their words'),
      skill: z.enum(skills).optional().describe('The skill, when the user has named it'),
      outcomeId: idArg('The outcome it blocks').optional(),
    },
    run: async ({ statement, skill, outcomeId }, { ctx }) => {
      const classified = (await analysis.classifySkill()).classifySkill(statement);
      const gap = await createRecord(ctx, {
        entity: 'gaps',
        input: dropUndefined({ statement, skill: skill ?? classified.skill, outcomeId }),
      });
      return { gap, classification: classified };
    },
  }),
];
