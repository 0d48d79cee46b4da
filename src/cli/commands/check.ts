import type { Command } from 'commander';
import { askStages } from '../../analysis/checks/ask/ask-context.js';
import type { CheckResult } from '../../analysis/engine/types.js';
import { createClock } from '../../core/clock.js';
import { globalOptions } from '../global-options.js';
import { plural } from '../output.js';
import { isPassing, renderCheckResult } from '../render-check.js';
import { prepare, withWorkspace } from '../runtime.js';
import { oneOf, runTextCommand, type TextCommand, textInputOptions } from '../text-command.js';

/** The linter-style rendering shared by every check that returns a `CheckResult`. */
export function checkResultCommand<R extends CheckResult>(
  run: (text: string, item: { stage?: string | undefined; today: string }) => R,
  extra?: (result: R) => string,
): TextCommand<R> {
  return {
    run,
    failed: (result) => !isPassing(result.verdict),
    human: (result, text, source, color) => renderCheckResult(result, text, source, color, { extra: extra?.(result) ?? '' }),
  };
}

function textOptions(command: Command): Command {
  return textInputOptions(globalOptions(command), 'text to check');
}

/** Whether the mentor's relationship has a circle-back, for the escalation rules. */
async function circledBack(run: ReturnType<typeof prepare>, mentorId: string): Promise<boolean> {
  const { hasCircledBack } = await import('../../core/relationships/has-circled-back.js');
  return withWorkspace(run, (ctx) => hasCircledBack(ctx, { mentorId }));
}

/** `understudy check …`: the message checks of SPEC §1.5 as text filters. */
export function registerCheck(program: Command): void {
  const check = program.command('check').description('check a message, goal or feedback text against the framework');

  textOptions(check.command('ask'))
    .description('check an outreach message at a stage of the loop')
    .option('--stage <stage>', askStages.join(' | '), 'first-contact')
    .option('--mentor <id>', 'check against this mentor’s relationship (an escalation needs a circle-back)')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const stage = oneOf(run.options.stage as string, askStages, 'stage');
      const hasCircleBack = run.options.mentor ? await circledBack(run, run.options.mentor as string) : undefined;
      const { checkAsk } = await import('../../analysis/checks/ask/check-ask.js');
      const today = run.config.today ?? createClock().today();
      await runTextCommand(
        run,
        file,
        checkResultCommand((text, item) => checkAsk(text, { stage: oneOf(item.stage, askStages, 'stage') ?? stage, hasCircleBack })),
        { stage, today },
      );
    });

  textOptions(check.command('goal'))
    .description('check that a goal is a concrete 3–6 month outcome, and extract its fields')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { checkGoal } = await import('../../analysis/checks/goal/check-goal.js');
      const { isIsoDate } = await import('../../core/clock.js');
      const { AppError } = await import('../../core/errors.js');
      const today = run.config.today ?? createClock().today();
      const command = checkResultCommand(
        (text, item) => {
          if (!isIsoDate(item.today)) throw new AppError('usage', `"today" must be a date written YYYY-MM-DD, got "${item.today}"`);
          return checkGoal(text, { today: item.today });
        },
        (result) => {
          const o = result.outcome;
          const change = o.change ? `${o.change.value} ${o.change.unit}` : null;
          const fields: Array<[string, unknown]> = [
            ['kind', o.kind],
            ['metric', o.metric],
            ['direction', o.direction],
            ['change', change],
            ['baseline', o.baseline],
            ['target', o.target],
            ['deliverable', o.deliverable],
            ['criterion', o.criterion],
            ['deadline', o.deadline],
            ['horizon', o.horizonMonths === null ? null : plural(o.horizonMonths, 'month')],
          ];
          return fields
            .filter(([, v]) => v !== null && v !== undefined)
            .map(([k, v]) => `${k}: ${String(v)}`)
            .join('\n');
        },
      );
      await runTextCommand(run, file, command, { today });
    });

  globalOptions(check.command('draft').argument('<file>', 'the draft: Markdown, text, HTML, DOCX or PDF'))
    .description('check a draft against a template: which of its questions the draft answers, and where')
    .requiredOption('--template <id-or-name>', 'the template to check against')
    .action(async (path: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { readDocumentFile } = await import('../document-file.js');
      const file = await readDocumentFile(path);
      const { checkDraftFile } = await import('../../core/library/check-draft-file.js');
      const result = await withWorkspace(run, (ctx) => checkDraftFile(ctx, { template: run.options.template as string, file }));
      run.out.print(result, () => {
        const lines = result.items.map((i) =>
          i.answered
            ? `  ✓ ${i.questionId}  ${i.question}  — ${i.section ?? 'opening'}`
            : `  ✗ ${i.questionId}  ${i.question}
      ${i.hint}`,
        );
        const missing = result.total - result.answered;
        return `${path} against “${result.template}”: ${result.answered} of ${plural(result.total, 'question')} answered (${Math.round(result.coverage * 100)}%)${missing > 0 ? `, ${missing} missing` : ''}
${lines.join('\n')}`;
      });
      if (result.answered < result.total) process.exitCode = 1;
    });

  textOptions(check.command('feedback-request'))
    .description('check that a feedback request names an event, a focus and asks how you came across')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { checkFeedbackRequest } = await import('../../analysis/checks/feedback-request/check-feedback-request.js');
      await runTextCommand(
        run,
        file,
        checkResultCommand((text) => checkFeedbackRequest(text)),
        { today: '' },
      );
    });

  textOptions(check.command('feedback-reply'))
    .description('check that your reply to feedback is grateful, not defensive')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { checkFeedbackReply } = await import('../../analysis/checks/feedback-reply/check-feedback-reply.js');
      await runTextCommand(
        run,
        file,
        checkResultCommand((text) => checkFeedbackReply(text)),
        { today: '' },
      );
    });
}
