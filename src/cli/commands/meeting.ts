import { type Command, InvalidArgumentError } from 'commander';
import { type ActionItemInput, logMeeting } from '../../core/relationships/log-meeting.js';
import { relationshipForMentor } from '../../core/relationships/relationship-for-mentor.js';
import { globalOptions } from '../global-options.js';
import { prepare, withWorkspace } from '../runtime.js';

/** Parses `--action "text@YYYY-MM-DD"` (the due date is optional) and collects repeats. */
function actionItem(value: string, previous: ActionItemInput[] = []): ActionItemInput[] {
  const match = /^(.*)@(\d{4}-\d{2}-\d{2})$/s.exec(value.trim());
  const text = (match ? (match[1] ?? '') : value).trim();
  if (!text) throw new InvalidArgumentError('an action item needs text: "Send the results@2026-12-05"');
  return [...previous, match ? { text, dueOn: match[2] } : { text }];
}

/** `understudy meeting add …`: a meeting or exchange with a mentor, with notes and action items. */
export function registerMeeting(program: Command): void {
  const meeting = program.command('meeting').description('meetings with mentors: objective, notes and action items');

  globalOptions(meeting.command('add'))
    .description('log a meeting with a mentor (a real interaction: it resets the keep-in-touch clock)')
    .requiredOption('--mentor <id>', 'the mentor')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .option('--date <date>', 'YYYY-MM-DD it happened (default today)')
    .option('--objective <text>', 'what the meeting was for')
    .option('--notes <text>', 'what was said')
    .option('--action <text@YYYY-MM-DD>', 'an action item with an optional due date (repeatable)', actionItem)
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const result = await withWorkspace(run, async (ctx) => {
        const rel = await relationshipForMentor(ctx, { mentorId: o.mentor as string, gapId: o.gap as string | undefined });
        return logMeeting(ctx, {
          relationshipId: rel.id,
          date: o.date as string | undefined,
          objective: o.objective as string | undefined,
          notes: o.notes as string | undefined,
          actionItems: o.action as ActionItemInput[] | undefined,
        });
      });
      const items = result.actionItems.length;
      run.out.print(
        result,
        () => `Logged meeting ${result.meeting.id} on ${result.meeting.date} with ${items} action item${items === 1 ? '' : 's'}`,
      );
    });
}
