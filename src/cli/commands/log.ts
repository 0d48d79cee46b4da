import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import { getRecord } from '../../core/records/get-record.js';
import { circledBack } from '../../core/relationships/circle-back-advice.js';
import { logMessage } from '../../core/relationships/log-message.js';
import { relationshipForMentor } from '../../core/relationships/relationship-for-mentor.js';
import { messageKinds } from '../../core/relationships/schemas.js';
import { globalOptions } from '../global-options.js';
import { prepare, readText, withWorkspace } from '../runtime.js';
import { given, list } from './parse.js';

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
        // One transaction: the message and every advice it closes, or nothing.
        ctx.ws.transaction(async (ws) => {
          const inner = { ...ctx, ws };
          const rel = await relationshipForMentor(inner, { mentorId: o.mentor as string, gapId: o.gap as string | undefined });
          const logged = await logMessage(inner, {
            input: given({ relationshipId: rel.id, kind, body, subject: o.subject, sentOn: o.date }),
          });
          const advice = [];
          for (const adviceId of adviceIds) {
            // Advice from another mentor is named as such, before any rule about its own state.
            if ((await getRecord(inner, { entity: 'advice', id: adviceId })).relationshipId !== rel.id) {
              throw new AppError('invalid_input', `Advice ${adviceId} came from another relationship, not from this mentor`);
            }
            advice.push((await circledBack(inner, { adviceId, on: logged.message.sentOn })).advice);
          }
          const relationship = await getRecord(inner, { entity: 'relationships', id: rel.id });
          return { ...logged, relationship, ...(adviceIds.length > 0 ? { advice } : {}) };
        }),
      );
      const closed = adviceIds.length > 0 ? `; ${adviceIds.length} advice circled back` : '';
      run.out.print(result, () => `Logged ${kind} on ${result.message.sentOn}${closed}; relationship at ${result.relationship.stage}`);
    });
}
