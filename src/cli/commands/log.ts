import type { Command } from 'commander';
import type { CheckResult } from '../../analysis/engine/types.js';
import { AppError } from '../../core/errors.js';
import { logMentorMessage } from '../../core/relationships/log-mentor-message.js';
import { messageKinds } from '../../core/relationships/schemas.js';
import { globalOptions } from '../global-options.js';
import { isPassing, renderCheckResult } from '../render-check.js';
import { EXIT } from '../report-error.js';
import { prepare, readText, withWorkspace } from '../runtime.js';
import { list } from './parse.js';

/**
 * `understudy log KIND --mentor ID [FILE|-]`: record a message sent or received. A message
 * you sent was sent, so it is logged either way; its check at the stage of its kind is kept
 * with it and printed like `check ask`, and a failed check exits 1 so scripts can tell.
 */
export function registerLog(program: Command): void {
  globalOptions(
    program
      .command('log')
      .argument('<kind>', messageKinds.join(' | '))
      .argument('[file]', 'message text from a file, or - for standard input'),
  )
    .description('log a message sent to (or a reply from) a mentor, with its check (exit 1 when it fails); moves the stage when it should')
    .requiredOption('--mentor <id>', 'the mentor')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .option('--text <text>', 'the message text inline')
    .option('--subject <text>', 'subject line')
    .option('--date <date>', 'YYYY-MM-DD it was sent (default today)')
    .option(
      '--advice <ids>',
      'for a circle-back: the advice it reports on (comma-separated ids); each with a result is circled back when the check passes',
      list,
    )
    .option('--force', 'log a follow-up sent before the wait after the ask (the doctor reports it)')
    .option('--quiet', 'print only the verdict of the check, not its findings')
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
          force: Boolean(o.force),
        }),
      );
      const check = result.message.checkResult as CheckResult | null;
      const named = result.advice ?? [];
      const closedCount = named.filter((a) => a.circleBackMessageId === result.message.id && a.circledBackOn !== null).length;
      const open = named.length - closedCount;
      const closed =
        named.length === 0
          ? ''
          : `; ${closedCount} advice circled back${open > 0 ? `, ${open} still open (${isPassing(result.message.checkVerdict ?? '') ? 'record its result, then: advice-log circled-back ID' : 'the check failed: circle back again naming the advice and its result'})` : ''}`;
      run.out.print(result, () => {
        const logged = `Logged ${kind} on ${result.message.sentOn}${closed}; relationship at ${result.relationship.stage}`;
        if (!check) return logged;
        const source = file && file !== '-' && o.text === undefined ? file : kind;
        const rendered = renderCheckResult(check, result.message.body, source, Boolean(process.stdout.isTTY), { quiet: Boolean(o.quiet) });
        return `${logged}\n${rendered}`;
      });
      if (check && !isPassing(check.verdict)) process.exitCode = EXIT.failed;
    });
}
