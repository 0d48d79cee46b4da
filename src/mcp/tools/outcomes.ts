import { z } from 'zod';
import { outcomeStatuses } from '../../core/outcomes/schemas.js';
import { createRecord, dropUndefined } from '../../core/records/create-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { dateArg, defineTool, idArg } from '../define-tool.js';
import { core } from '../modules.js';

/** Outcomes and their check-ins: the 3–6 month results the loop serves. */
export const outcomeTools = [
  defineTool({
    name: 'list_outcomes',
    title: 'List outcomes',
    description: 'List the user’s 3–6 month outcomes (goals) with their check-ins, oldest check-in first.',
    kind: 'read',
    input: { status: z.enum(outcomeStatuses).optional().describe('Only outcomes with this status') },
    run: async ({ status }, { ctx }) => {
      const [outcomes, checkins] = await Promise.all([
        listRecords(ctx, { entity: 'outcomes', where: status ? { status } : {} }),
        listRecords(ctx, { entity: 'checkins' }),
      ]);
      return { outcomes: outcomes.map((o) => ({ ...o, checkins: checkins.filter((c) => c.outcomeId === o.id) })) };
    },
  }),
  defineTool({
    name: 'add_outcome',
    title: 'Add an outcome',
    description:
      'Add a 3–6 month outcome; the goal check reads fields not given from the statement and is returned. A goal that is not concrete is not saved (saved: false, with findings) unless draft keeps it as a draft.',
    kind: 'write',
    input: {
      statement: z.string().max(2_000).describe('The outcome, e.g. "Raise trial-to-paid conversion from 4% to 6% by end of Q2"'),
      metric: z.string().max(300).optional().describe('The metric moved, e.g. activation rate'),
      baseline: z.number().optional().describe('Value today'),
      target: z.number().optional().describe('Value to reach'),
      unit: z.string().max(40).optional().describe('Unit of the values, e.g. %, USD'),
      deadline: dateArg('Deadline, YYYY-MM-DD').optional(),
      draft: z.boolean().optional().describe('Keep a goal that is not concrete yet as a draft, to make concrete later'),
    },
    // The same use-case as `understudy outcome add`: one reading of the statement, one rule for vague goals.
    run: async ({ statement, draft, ...fields }, { ctx }) => {
      const result = await (await core.addOutcome()).addOutcome(ctx, { statement, fields, draft });
      const { verdict, score, findings } = result.check;
      return { saved: result.saved, outcome: result.outcome, check: { verdict, score, findings } };
    },
  }),
  defineTool({
    name: 'add_outcome_checkin',
    title: 'Check in on an outcome',
    description: 'Record progress towards an outcome: the measured value, a note and how confident the user is of reaching it.',
    kind: 'write',
    input: {
      outcomeId: idArg('The outcome (see list_outcomes)'),
      value: z.number().optional().describe('The measured value, in the outcome’s unit'),
      note: z.string().max(5_000).optional().describe('What happened'),
      confidence: z.number().int().min(0).max(100).optional().describe('How sure the user is of reaching the outcome, 0–100'),
      date: dateArg('Date of the check-in, YYYY-MM-DD (default today)').optional(),
    },
    run: async (args, { ctx }) => ({ checkin: await createRecord(ctx, { entity: 'checkins', input: dropUndefined(args) }) }),
  }),
];
