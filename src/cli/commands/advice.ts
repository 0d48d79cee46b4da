import type { Command } from 'commander';
import { globalOptions } from '../global-options.js';
import { prepare } from '../runtime.js';
import { runTextCommand, textInputOptions } from '../text-command.js';

/** `understudy advice`: the pieces of advice in a mentor's reply, to track and apply. */
export function registerAdvice(program: Command): void {
  textInputOptions(globalOptions(program.command('advice')), 'the reply')
    .description('list the pieces of advice in a mentor’s reply')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { extractAdvice } = await import('../../analysis/checks/advice/extract-advice.js');
      await runTextCommand(
        run,
        file,
        {
          run: (text) => extractAdvice(text),
          failed: () => false,
          human: (r) =>
            r.advice.length === 0 ? 'No advice found in this reply.' : r.advice.map((a, i) => `${i + 1}. ${a.text}`).join('\n'),
        },
        { today: '' },
      );
    });
}
