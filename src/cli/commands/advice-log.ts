import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { getRecord } from '../../core/records/get-record.js';
import { applyAdvice } from '../../core/relationships/apply-advice.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { getMenteeRecord, type MenteeRecord } from '../../core/relationships/get-mentee-record.js';
import { latestReplyId } from '../../core/relationships/log-mentor-message.js';
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
    .description('record that you circled back to the mentor about applied advice')
    .option('--on <date>', 'YYYY-MM-DD (default today)')
    .action(async (adviceId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const on = run.options.on as string | undefined;
      const result = await withWorkspace(run, (ctx) => circledBack(ctx, { adviceId, on: on ?? ctx.clock.today() }));
      run.out.print(result, () => `Circled back on ${result.advice.circledBackOn}; relationship at ${result.relationship.stage}`);
    });
}
