import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { logMentorMessage } from '../../core/relationships/log-mentor-message.js';
import { messageKinds } from '../../core/relationships/schemas.js';
import { globalOptions } from '../global-options.js';
import { prepare, readText, withWorkspace } from '../runtime.js';
import { list } from './parse.js';

/** `understudy log KIND --mentor ID [FILE|-]`: record a message sent or received. */
export function registerLog(program: Command): void {
  globalOptions(
    program
      .command('log')
      .argument('<kind>', messageKinds.join(' | '))
      .argument('[file]', 'message text from a file, or - for standard input'),
  )
    .description('log a message sent to (or a reply from) a mentor; moves the stage when it should')
    .requiredOption('--mentor <id>', 'the mentor')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .option('--text <text>', 'the message text inline')
    .option('--subject <text>', 'subject line')
    .option('--date <date>', 'YYYY-MM-DD it was sent (default today)')
    .option('--advice <ids>', 'for a circle-back: the advice it reports on (comma-separated ids), each marked circled back', list)
    .action(async (kind: string, file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const adviceIds = (o.advice as string[] | undefined) ?? [];
      if (adviceIds.length > 0 && kind !== 'circle-back') {
        throw new AppError('usage', `--advice names the advice a circle-back reports on; it does not go with a ${kind}`);
      }
      const body = await readText(file, o.text as string | undefined);
      const result = await withWorkspace(run, (ctx) =>
        logMentorMessage(ctx, {
          mentorId: o.mentor as string,
          gapId: o.gap as string | undefined,
          kind,
          body,
          subject: o.subject as string | undefined,
          sentOn: o.date as string | undefined,
          adviceIds,
        }),
      );
      const closed = adviceIds.length > 0 ? `; ${adviceIds.length} advice circled back` : '';
      run.out.print(result, () => `Logged ${kind} on ${result.message.sentOn}${closed}; relationship at ${result.relationship.stage}`);
    });
}
