import type { Command } from 'commander';
import type { CheckResult } from '../../analysis/engine/types.js';
import { globalOptions } from '../global-options.js';
import { mirrorTable } from '../mirror-output.js';
import { fields } from '../output.js';
import { isPassing, renderCheckResult } from '../render-check.js';
import { EXIT } from '../report-error.js';
import { type CommandRun, prepare, readText, withWorkspace } from '../runtime.js';

const textArgument = (command: Command) =>
  command.argument('[file]', 'the text from a file, or - for standard input').option('--text <text>', 'the text inline');

/** The findings of a stored check, printed as `check …` prints them; a failed check exits 1. */
function printChecked(
  run: CommandRun,
  data: unknown,
  logged: string,
  stored: { checkResult: unknown; body: string },
  source: string,
): void {
  const check = stored.checkResult as CheckResult | null;
  run.out.print(data, () =>
    check
      ? `${logged}\n${renderCheckResult(check, stored.body, source, Boolean(process.stdout.isTTY), { quiet: Boolean(run.options.quiet) })}`
      : logged,
  );
  if (check && !isPassing(check.verdict)) process.exitCode = EXIT.failed;
}

/** Where the text came from, as the findings name it: the file, else what was written. */
const sourceOf = (file: string | undefined, run: CommandRun, what: string) =>
  file && file !== '-' && run.options.text === undefined ? file : what;

/**
 * `understudy feedback request|log|reply|adopt|list`: the Mirror method (SPEC §2). Requests and
 * replies are checked as the web app checks them (`check feedback-request`, `check
 * feedback-reply`) and logged whatever the verdict, which a failed check reports with exit 1;
 * feedback is logged with the shadow side it points to.
 */
export function registerFeedback(program: Command): void {
  const feedback = program
    .command('feedback')
    .description('the Mirror: ask for feedback, log it, reply gratefully, adopt a counter-behaviour');

  globalOptions(textArgument(feedback.command('request')))
    .description('log a feedback request with its check (exit 1 when it is generic)')
    .option('--giver <name>', 'who you ask (default: the mentor’s name)')
    .option('--mentor <id>', 'the mentor you ask')
    .option('--event <text>', 'the moment it is about, e.g. "Tuesday’s roadmap review"')
    .option('--focus <text>', 'the trait or behaviour, e.g. "executive presence"')
    .option('--gap <id>', 'the EQ skill gap it serves')
    .option('--date <date>', 'YYYY-MM-DD it was sent (default today)')
    .option('--quiet', 'print only the verdict of the check, not its findings')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const body = await readText(file, o.text as string | undefined);
      const { requestFeedback } = await import('../../core/mirror/request-feedback.js');
      const request = await withWorkspace(run, (ctx) =>
        requestFeedback(ctx, {
          body,
          giverName: o.giver as string | undefined,
          mentorId: o.mentor as string | undefined,
          event: o.event as string | undefined,
          focus: o.focus as string | undefined,
          gapId: o.gap as string | undefined,
          sentOn: o.date as string | undefined,
        }),
      );
      printChecked(
        run,
        request,
        `Logged feedback request ${request.id} to ${request.giverName} on ${request.sentOn}`,
        request,
        sourceOf(file, run, 'request'),
      );
    });

  globalOptions(textArgument(feedback.command('log')))
    .description('log feedback you received, with the shadow side it points to')
    .option('--from <name>', 'who gave it (default: the mentor’s, or the request’s giver)')
    .option('--mentor <id>', 'the mentor who gave it (default: the mentor of --request)')
    .option('--request <id>', 'the feedback request it answers')
    .option('--theme <text>', 'a few words to group it by, e.g. "silence under pressure"')
    .option('--strength <id>', 'the strength whose shadow it describes (default: found from the text)')
    .option('--adopt <text>', 'the counter-behaviour you adopt in response')
    .option('--date <date>', 'YYYY-MM-DD it was received (default today)')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const body = await readText(file, o.text as string | undefined);
      const { logFeedback } = await import('../../core/mirror/log-feedback.js');
      const logged = await withWorkspace(run, (ctx) =>
        logFeedback(ctx, {
          body,
          giverName: o.from as string | undefined,
          mentorId: o.mentor as string | undefined,
          requestId: o.request as string | undefined,
          theme: o.theme as string | undefined,
          strengthId: o.strength as string | undefined,
          adopted: o.adopt as string | undefined,
          receivedOn: o.date as string | undefined,
        }),
      );
      const { feedback: f, shadow } = logged;
      run.out.print(logged, () =>
        [
          `Logged feedback ${f.id} from ${f.giverName} on ${f.receivedOn}`,
          shadow
            ? fields([
                ['strength', shadow.strengthName],
                ['shadow', shadow.shadow],
                ['counter', shadow.counter],
              ])
            : 'strength: none — the feedback describes no strength overdone',
          f.adopted ? `Adopted on ${f.adoptedOn}: ${f.adopted}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });

  globalOptions(textArgument(feedback.command('reply').argument('<feedback-id>', 'the feedback you reply to')))
    .description('log your reply to feedback with its gratitude check (exit 1 when it should be revised)')
    .option('--adopt <text>', 'the counter-behaviour you adopt, from the day of the reply')
    .option('--date <date>', 'YYYY-MM-DD it was sent (default today)')
    .option('--quiet', 'print only the verdict of the check, not its findings')
    .action(async (feedbackId: string, file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const body = await readText(file, o.text as string | undefined);
      const { replyToFeedback } = await import('../../core/mirror/reply-to-feedback.js');
      const replied = await withWorkspace(run, (ctx) =>
        replyToFeedback(ctx, { feedbackId, body, sentOn: o.date as string | undefined, adopt: o.adopt as string | undefined }),
      );
      const { reply, feedback: f } = replied;
      const adopted = o.adopt ? `; adopted "${f.adopted}"` : '';
      printChecked(
        run,
        replied,
        `Logged reply ${reply.id} to ${f.giverName} on ${reply.sentOn}${adopted}`,
        reply,
        sourceOf(file, run, 'reply'),
      );
    });

  globalOptions(feedback.command('adopt').argument('<feedback-id>', 'the feedback it answers'))
    .description('record the counter-behaviour you adopt; the same mirror is asked again a few weeks later')
    .requiredOption('--counter <text>', 'what you will do differently')
    .option('--date <date>', 'YYYY-MM-DD you adopted it (default today)')
    .action(async (feedbackId: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const { adoptCounterBehaviour } = await import('../../core/mirror/adopt-counter-behaviour.js');
      const f = await withWorkspace(run, (ctx) =>
        adoptCounterBehaviour(ctx, { feedbackId, counter: o.counter as string, on: o.date as string | undefined }),
      );
      run.out.print(
        f,
        () => `Adopted on ${f.adoptedOn}: ${f.adopted}\nAsk ${f.giverName} again in a few weeks: understudy next shows when.`,
      );
    });

  globalOptions(feedback.command('list'))
    .description('requests, feedback and replies, newest first, with their check verdicts')
    .option('--mentor <id>', 'only what concerns this mentor')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const { getMirrorHistory } = await import('../../core/mirror/get-mirror-history.js');
      const history = await withWorkspace(run, (ctx) => getMirrorHistory(ctx, { mentorId: run.options.mentor as string | undefined }));
      run.out.print(
        history,
        () =>
          mirrorTable(history) ||
          'No feedback yet. Ask for some with: understudy feedback request --giver NAME --text "During …, did I come across as … or …?"',
      );
    });
}
