import type { Command } from 'commander';
import type { NextActions } from '../../core/actions/next-actions.js';
import { AppError } from '../../core/errors.js';
import { globalOptions } from '../global-options.js';
import { plural, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';
import { integer } from './parse.js';

function human(result: NextActions, ics: string | undefined): string {
  const parts: string[] = [];
  const window = result.horizonDays === 0 ? 'today' : `in the next ${plural(result.horizonDays, 'day')}`;
  parts.push(
    result.actions.length === 0
      ? `Nothing due ${window} (as of ${result.today}).`
      : `Next actions as of ${result.today}, due ${window}:\n${table(
          ['DUE', 'KIND', 'WHAT'],
          result.actions.map((a) => [a.overdue ? `${a.dueOn} overdue` : a.dueOn, a.kind, a.reason]),
          110,
        )}`,
  );
  if (result.losingTouch.length > 0) {
    parts.push(
      `Losing touch:\n${table(
        ['MENTOR', 'STAGE', 'LAST CONTACT', 'DAYS'],
        result.losingTouch.map((l) => [l.mentorName, l.stage, l.lastInteraction, `${l.daysSince} (max ${l.maxGapDays})`]),
      )}`,
    );
  }
  if (ics) parts.push(`Wrote ${plural(result.actions.length, 'event')} to ${ics}`);
  return parts.join('\n\n');
}

/** `understudy next [--days N] [--ics FILE]`: what to do now, also as an iCalendar file. */
export function registerNext(program: Command): void {
  globalOptions(program.command('next'))
    .description('next actions: circle back, follow up, check in, ask for feedback, keep in touch')
    .option('--days <n>', 'how many days ahead to look (default 7)', integer)
    .option('--ics <file>', 'also write the actions as an iCalendar file (all-day events)')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const ics = o.ics as string | undefined;
      const { nextActions } = await import('../../core/actions/next-actions.js');
      const result = await withWorkspace(run, async (ctx) => {
        const planned = await nextActions(ctx, { horizonDays: o.days as number | undefined });
        if (ics) {
          const { writePrivateFile } = await import('../private-file.js');
          const { actionsCalendar } = await import('../../core/actions/actions-calendar.js');
          try {
            await writePrivateFile(ics, actionsCalendar(ctx, { actions: planned.actions }));
          } catch (error) {
            throw new AppError('usage', `Cannot write ${ics}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
          }
        }
        return planned;
      });
      run.out.print(result, () => human(result, ics));
    });
}
