import { Command, CommanderError } from 'commander';
import { debugEnabled } from '../config/load-config.js';
import { registerAdvice } from './commands/advice.js';
import { registerAdviceLog } from './commands/advice-log.js';
import { registerCheck } from './commands/check.js';
import { registerClassify } from './commands/classify.js';
import { registerData } from './commands/data.js';
import { registerDoctor } from './commands/doctor.js';
import { registerFeedback } from './commands/feedback.js';
import { registerGap } from './commands/gap.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerLibrary } from './commands/library.js';
import { registerLog } from './commands/log.js';
import { registerMail } from './commands/mail.js';
import { registerMcp } from './commands/mcp.js';
import { registerMeeting } from './commands/meeting.js';
import { registerMentor } from './commands/mentor.js';
import { registerNext } from './commands/next.js';
import { registerOutcome } from './commands/outcome.js';
import { registerQuestions } from './commands/questions.js';
import { registerServe } from './commands/serve.js';
import { registerShadow } from './commands/shadow.js';
import { registerTemplate } from './commands/template.js';
import { registerUser } from './commands/user.js';
import { globalOptions } from './global-options.js';
import type { Launchers } from './launchers.js';
import { EXIT, oneLine, reportError } from './report-error.js';

/** Builds the command tree; `serve` and `mcp` start their transports through `launchers`. */
export function buildProgram(version: string, launchers: Launchers): Command {
  const program = globalOptions(new Command('understudy'))
    .description('Grow faster as a product manager through deliberate mentorship.')
    .version(version, '-V, --version', 'print the version')
    .showSuggestionAfterError(true);
  program.configureHelp({ sortSubcommands: false });
  registerInit(program);
  registerServe(program, launchers.serve);
  registerOutcome(program);
  registerGap(program);
  registerMentor(program);
  registerLog(program);
  registerMeeting(program);
  registerAdviceLog(program);
  registerFeedback(program);
  registerNext(program);
  registerDoctor(program);
  registerCheck(program);
  registerClassify(program);
  registerShadow(program);
  registerAdvice(program);
  registerQuestions(program);
  registerLibrary(program);
  registerTemplate(program);
  registerData(program);
  registerUser(program);
  registerMail(program);
  registerImport(program);
  registerMcp(program, launchers.mcp);
  return program;
}

/** Runs the CLI on `args` and returns the exit code; nothing here calls `process.exit`. */
export async function runCli(args: string[], version: string, launchers: Launchers): Promise<number> {
  const program = buildProgram(version, launchers);
  const errors: string[] = [];
  const configure = (command: Command) => {
    command.exitOverride().configureOutput({ outputError: (text) => errors.push(oneLine(text)) });
    for (const sub of command.commands) configure(sub);
  };
  configure(program);
  const debug = debugEnabled();
  try {
    await program.parseAsync(args, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return EXIT.ok;
      // A command group run without a subcommand has printed its help already.
      if (error.code === 'commander.help') return EXIT.usage;
      const line = errors[0] ?? oneLine(error.message);
      process.stderr.write(`understudy: ${line.replace(/^error:\s*/, '')}\n`);
      return EXIT.usage;
    }
    return reportError(error, (line) => process.stderr.write(`${line}\n`), debug);
  }
}
