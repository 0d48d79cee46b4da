import type { Command } from 'commander';
import { logMessage } from '../../core/relationships/log-message.js';
import { relationshipForMentor } from '../../core/relationships/relationship-for-mentor.js';
import { messageKinds } from '../../core/relationships/schemas.js';
import { globalOptions } from '../global-options.js';
import { prepare, readText, withWorkspace } from '../runtime.js';
import { given } from './parse.js';

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
    .action(async (kind: string, file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const body = await readText(file, o.text as string | undefined);
      const result = await withWorkspace(run, async (ctx) => {
        const rel = await relationshipForMentor(ctx, { mentorId: o.mentor as string, gapId: o.gap as string | undefined });
        return logMessage(ctx, { input: given({ relationshipId: rel.id, kind, body, subject: o.subject, sentOn: o.date }) });
      });
      run.out.print(result, () => `Logged ${kind} on ${result.message.sentOn}; relationship at ${result.relationship.stage}`);
    });
}
