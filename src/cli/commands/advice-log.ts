import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { getRecord } from '../../core/records/get-record.js';
import { updateRecord } from '../../core/records/update-record.js';
import { applyAdvice } from '../../core/relationships/apply-advice.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { getMenteeRecord, type MenteeRecord } from '../../core/relationships/get-mentee-record.js';
import { latestReplyId } from '../../core/relationships/log-mentor-message.js';
import { mergeAdvice } from '../../core/relationships/merge-advice.js';
import { recordAdviceResult } from '../../core/relationships/record-advice-result.js';
import { globalOptions } from '../global-options.js';
import { plural, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';

function record(r: MenteeRecord): string {
  const c = r.counts;
  const head = [
    `Relationship ${r.relationship.id}: ${r.relationship.stage} since ${r.relationship.stageSince}`,
    `Advice: ${c.received} received, ${c.applied} applied, ${c.withResult} with a result, ${c.circledBack} circled back (${c.circledBackWithResult} with a result)`,
    r.suggestion,
  ];
  const rows = r.advice.map((a) => [a.id, a.receivedOn, a.appliedOn, a.circledBackOn, a.result, a.text]);
  // Every due item comes from the same plan as `next` and `doctor`.
  const due = r.open.map((o) => `${o.overdue ? 'Overdue' : 'Due'} ${o.dueOn}: ${o.next} "${o.advice.text}"`);
  return [...head, table(['ID', 'RECEIVED', 'APPLIED', 'CIRCLED BACK', 'RESULT', 'ADVICE'], rows, 50), ...due].filter(Boolean).join('\n');
}

/** `understudy advice-log …`: track each piece of advice from a reply to applied → result → circled back. */
export function registerAdviceLog(program: Command): void {
  const group = program.command('advice-log').description('track advice from replies: applied → result → circled back');

  globalOptions(group.command('capture').argument('[message-id]', 'the logged reply (see `mentor show --json`)'))
    .description('store the pieces of advice in a logged reply (capturing twice adds nothing)')
    .option('--mentor <id>', 'capture the latest reply from this mentor instead')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .action(async (messageId: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      if (!messageId && !o.mentor)
        throw new AppError('usage', 'Name the reply: advice-log capture MESSAGE_ID, or --mentor ID for the latest');
      const { captureAdvice } = await import('../../core/relationships/capture-advice.js');
      const result = await withWorkspace(run, async (ctx) =>
        captureAdvice(ctx, {
          messageId: messageId ?? (await latestReplyId(ctx, { mentorId: o.mentor as string, gapId: o.gap as string | undefined })),
        }),
      );
      run.out.print(result, () =>
        result.advice.length === 0
          ? 'No advice found in this reply.'
          : [
              `Captured ${plural(result.created, 'new piece', 'new pieces')} of advice`,
              ...result.advice.map((a) => `${a.id}  ${a.text}`),
            ].join('\n'),
      );
    });

  globalOptions(group.command('list'))
    .description('your record as a mentee with a mentor: advice, open loops and whether to escalate')
    .requiredOption('--mentor <id>', 'the mentor')
    .option('--gap <id>', 'only the relationship for this skill gap')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const records = await withWorkspace(run, async (ctx) => {
        const mentor = await getRecord(ctx, { entity: 'mentors', id: o.mentor as string });
        const rels = await ctx.ws.table('relationships').list({ mentorId: mentor.id });
        const chosen = o.gap ? rels.filter((r) => r.gapId === o.gap) : rels;
        return Promise.all(chosen.map((rel) => getMenteeRecord(ctx, { relationshipId: rel.id })));
      });
      run.out.print(records, () => records.map(record).join('\n\n') || 'No relationship with this mentor yet.');
    });

  globalOptions(group.command('apply').argument('<advice-id>'))
    .description('record where and when you applied a piece of advice')
    .requiredOption('--context <text>', 'where you applied it')
    .option('--on <date>', 'YYYY-MM-DD (default today)')
    .action(async (adviceId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const result = await withWorkspace(run, (ctx) =>
        applyAdvice(ctx, { adviceId, on: (o.on as string | undefined) ?? ctx.clock.today(), context: o.context as string }),
      );
      run.out.print(result, () => `Applied on ${result.advice.appliedOn}; relationship at ${result.relationship.stage}`);
    });

  globalOptions(group.command('result').argument('<advice-id>').argument('<text>', 'what happened: a number, outcome or learning'))
    .description('record the result of applied advice')
    .action(async (adviceId: string, text: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const advice = await withWorkspace(run, (ctx) => recordAdviceResult(ctx, { adviceId, result: text }));
      run.out.print(advice, () => `Result recorded: ${advice.result}`);
    });

  globalOptions(group.command('circled-back').argument('<advice-id>'))
    .description(
      'close the loop on advice whose circle-back was logged before its result: needs the result and a logged circle-back that named it and passed its check',
    )
    .action(async (adviceId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const result = await withWorkspace(run, (ctx) => circledBack(ctx, { adviceId }));
      run.out.print(result, () => `Circled back on ${result.advice.circledBackOn}; relationship at ${result.relationship.stage}`);
    });

  globalOptions(group.command('edit').argument('<advice-id>'))
    .description('correct a piece of advice: its words, or the day its result is expected (the circle-back reminder falls on it)')
    .option('--text <text>', 'the advice as it should read')
    .option('--expect-result-on <date>', 'YYYY-MM-DD the result is expected, or "none"')
    .action(async (adviceId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const expected = o.expectResultOn as string | undefined;
      if (o.text === undefined && expected === undefined)
        throw new AppError('usage', 'Say what to change: --text and/or --expect-result-on');
      const input = {
        ...(o.text !== undefined ? { text: o.text } : {}),
        ...(expected !== undefined ? { resultExpectedOn: expected === 'none' ? null : expected } : {}),
      };
      const advice = await withWorkspace(run, (ctx) => updateRecord(ctx, { entity: 'advice', id: adviceId, input }));
      run.out.print(
        advice,
        () => `Advice ${advice.id}: ${advice.text}${advice.resultExpectedOn ? ` (result expected ${advice.resultExpectedOn})` : ''}`,
      );
    });

  globalOptions(group.command('merge').argument('<advice-ids...>', 'two or more pieces, the one that keeps its steps first'))
    .description('merge pieces of advice that are one instruction; the first keeps its id and steps')
    .action(async (adviceIds: string[], _o, cmd: Command) => {
      const run = prepare(cmd);
      const advice = await withWorkspace(run, (ctx) => mergeAdvice(ctx, { adviceIds }));
      run.out.print(advice, () => `Merged into ${advice.id}: ${advice.text}`);
    });

  globalOptions(group.command('remove').argument('<advice-id>'))
    .description('remove a piece of advice that is not advice (a fragment, a greeting)')
    .action(async (adviceId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      await withWorkspace(run, (ctx) => deleteRecord(ctx, { entity: 'advice', id: adviceId }));
      run.out.print({ removed: adviceId }, () => `Removed advice ${adviceId}`);
    });
}
