import type { Command } from 'commander';
import { globalOptions } from '../global-options.js';
import { prepare } from '../runtime.js';
import { runTextCommand, textInputOptions } from '../text-command.js';

/** `understudy shadow`: which strength, overdone, the feedback describes. */
export function registerShadow(program: Command): void {
  textInputOptions(globalOptions(program.command('shadow')), 'the feedback')
    .description('name the strength whose shadow side a piece of feedback describes, and the counter-behaviour')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { findShadow } = await import('../../analysis/checks/shadow/find-shadow.js');
      await runTextCommand(
        run,
        file,
        {
          run: (text) => findShadow(text),
          failed: () => false,
          human: (r) =>
            r.strength === null
              ? 'strength: none — the text describes no strength overdone'
              : [
                  `strength: ${r.strengthName}  (confidence ${r.confidence.toFixed(2)})`,
                  `shadow:   ${r.shadow}`,
                  `counter:  ${r.counter}`,
                ].join('\n'),
        },
        { today: '' },
      );
    });
}
