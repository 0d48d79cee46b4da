import type { Command } from 'commander';
import { MAX_TEXT_BYTES, utf8Length } from '../analysis/engine/text-limit.js';
import { AppError, isAppError } from '../core/errors.js';
import { EXIT } from './report-error.js';
import type { CommandRun } from './runtime.js';
import { type JsonlItem, parseJsonlLine, readCheckInput } from './text-input.js';

/** A check as the CLI runs it: on one text, with what a `--jsonl` line may set. */
export interface TextCommand<R> {
  run(text: string, item: { stage?: string | undefined; today: string }): R;
  /** Whether the result fails (exit code 1). */
  failed(result: R): boolean;
  /** The human rendering of a result. */
  human(result: R, text: string, source: string, color: boolean): string;
}

/** Largest `--jsonl` input (64 MB): thousands of messages, never the whole disk. */
const MAX_JSONL_BYTES = 64 * 1024 * 1024;

/**
 * Adds the ways a check command takes its text: FILE, `-` or nothing for standard input,
 * `--text T` inline, and `--jsonl` for one input per line. `what` names the text in the help.
 */
export function textInputOptions(command: Command, what: string): Command {
  return command
    .argument('[file]', `${what}; - or nothing reads standard input`)
    .option('--text <text>', `${what}, inline`)
    .option('--jsonl', 'one JSON object per input line ({"id","text","stage","today"}), one result per output line');
}

/** The text given with `--text`, or FILE / standard input; both at once is a usage error. */
async function readInput(run: CommandRun, source: string | undefined, limit?: number): Promise<string> {
  const inline = run.options.text as string | undefined;
  if (inline === undefined) return readCheckInput(source, limit);
  if (source !== undefined) throw new AppError('usage', `Give the text as FILE or with --text, not both (got ${source} and --text)`);
  const max = limit ?? MAX_TEXT_BYTES;
  if (utf8Length(inline) > max) throw new AppError('usage', `--text takes at most ${max / 1024} KB; give a FILE`);
  return inline;
}

/**
 * Runs a text check from the command line: one text from FILE, `--text` or standard input,
 * printed for people or as `--json`; or with `--jsonl` one JSON object per input line and one
 * result per output line, in order, where a bad line yields `{id, error}` and the rest go on.
 * Exit code: 0 passed, 1 a verdict failed, 2 an input error.
 */
export async function runTextCommand<R extends object>(
  run: CommandRun,
  source: string | undefined,
  command: TextCommand<R>,
  defaults: { stage?: string | undefined; today: string },
): Promise<void> {
  if (run.options.jsonl) {
    const input = await readInput(run, source, MAX_JSONL_BYTES);
    const out: string[] = [];
    let failed = false;
    let bad = false;
    for (const line of input.split('\n')) {
      if (line.trim() === '') continue;
      const parsed = parseJsonlLine(line);
      if (!('item' in parsed)) {
        bad = true;
        out.push(JSON.stringify({ id: parsed.id, error: parsed.error }));
        continue;
      }
      const item: JsonlItem = parsed.item;
      try {
        const result = command.run(item.text, { stage: item.stage ?? defaults.stage, today: item.today ?? defaults.today });
        failed ||= command.failed(result);
        out.push(JSON.stringify({ id: item.id ?? null, ...result }));
      } catch (error) {
        if (!isAppError(error)) throw error;
        bad = true;
        out.push(JSON.stringify({ id: item.id ?? null, error: error.message }));
      }
    }
    if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
    process.exitCode = bad ? EXIT.usage : failed ? EXIT.failed : EXIT.ok;
    return;
  }
  const text = await readInput(run, source);
  const result = command.run(text, defaults);
  const name = run.options.text !== undefined ? '<text>' : source && source !== '-' ? source : '<stdin>';
  run.out.print(result, () => command.human(result, text, name, Boolean(process.stdout.isTTY)));
  process.exitCode = command.failed(result) ? EXIT.failed : EXIT.ok;
}

/** Refuses a value outside `allowed` with a one-line usage error. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new AppError('usage', `Unknown ${what} "${value}"; use one of ${allowed.join(', ')}`);
  return value as T;
}
