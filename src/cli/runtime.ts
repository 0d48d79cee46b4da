import type { Command } from 'commander';
import { LOCAL_ACTOR, openWorkspace } from '../boot/open-workspace.js';
import { type Config, loadConfig } from '../config/load-config.js';
import type { Context } from '../core/ports.js';
import { createOutput, type Output } from './output.js';

/** What a command's action works with: its parsed options, config, output and workspace. */
export interface CommandRun {
  config: Config;
  out: Output;
  options: Record<string, unknown>;
}

/** Reads the merged global and local options of `command`, and the config they give. */
export function prepare(command: Command): CommandRun {
  const options = command.optsWithGlobals() as Record<string, unknown>;
  const config = loadConfig({ db: options.db as string | undefined, today: options.today as string | undefined });
  return { config, options, out: createOutput(Boolean(options.json)) };
}

/**
 * Opens the solo user's workspace for one command, runs `work` and always closes the database,
 * so the process exits promptly and no connection outlives the command.
 */
export async function withWorkspace<R>(run: CommandRun, work: (ctx: Context) => Promise<R>): Promise<R> {
  const workspace = await openWorkspace(run.config, LOCAL_ACTOR);
  try {
    return await work(workspace.ctx);
  } finally {
    await workspace.close();
  }
}

/** Reads the text of a check or message: a file path, `-` or nothing for standard input. */
export async function readText(source: string | undefined, inline?: string): Promise<string> {
  if (inline !== undefined) return inline;
  // The same reader as the checks: a regular file or standard input, never past the text limit.
  const { readCheckInput } = await import('./text-input.js');
  return readCheckInput(source);
}
