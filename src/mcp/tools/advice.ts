import { z } from 'zod';
import { deleteRecord } from '../../core/records/delete-record.js';
import { updateRecord } from '../../core/records/update-record.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { mergeAdvice } from '../../core/relationships/merge-advice.js';
import { dateArg, defineTool, idArg } from '../define-tool.js';

/** Correcting captured advice (edit, merge, remove) and closing a loop whose circle-back came before its result. */
export const adviceTools = [
  defineTool({
    name: 'edit_advice',
    title: 'Correct a piece of advice',
    description:
      'Change the words of a captured piece of advice, or the day its result is expected: the circle-back reminder falls on it (null: 7 days after applying).',
    kind: 'write',
    input: {
      adviceId: idArg('The advice (see relationship_history)'),
      text: z.string().max(5_000).optional().describe('The advice as it should read'),
      resultExpectedOn: dateArg('YYYY-MM-DD the result is expected').nullable().optional(),
    },
    run: async ({ adviceId, text, resultExpectedOn }, { ctx }) => ({
      advice: await updateRecord(ctx, {
        entity: 'advice',
        id: adviceId,
        input: { ...(text !== undefined ? { text } : {}), ...(resultExpectedOn !== undefined ? { resultExpectedOn } : {}) },
      }),
    }),
  }),
  defineTool({
    name: 'merge_advice',
    title: 'Merge pieces of advice',
    description:
      'Merge pieces of advice captured apart that are one instruction ("don’t add tooltips" + "cut the steps instead"); the first keeps its id and steps.',
    kind: 'write',
    input: { adviceIds: z.array(idArg('An advice id')).min(2).max(20).describe('The pieces, the one that keeps its steps first') },
    run: async ({ adviceIds }, { ctx }) => ({ advice: await mergeAdvice(ctx, { adviceIds }) }),
  }),
  defineTool({
    name: 'remove_advice',
    title: 'Remove a piece of advice',
    description: 'Remove a captured piece that is not advice (a fragment, a greeting); its loop goes with it.',
    kind: 'write',
    input: { adviceId: idArg('The advice') },
    run: async ({ adviceId }, { ctx }) => {
      await deleteRecord(ctx, { entity: 'advice', id: adviceId });
      return { removed: adviceId };
    },
  }),
  defineTool({
    name: 'close_advice_loop',
    title: 'Close the loop on advice',
    description:
      'Close the loop on advice whose passing circle-back named it before its result was recorded: once the result is in, it is circled back on that date. Refused otherwise.',
    kind: 'write',
    input: { adviceId: idArg('The advice, applied and with its result recorded') },
    run: ({ adviceId }, { ctx }) => circledBack(ctx, { adviceId }),
  }),
];
