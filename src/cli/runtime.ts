import type { Command } from 'commander';
import { type Config, loadConfig } from '../config/load-config.js';
import { createClock } from '../core/clock.js';
import { newId } from '../core/ids.js';
import type { Context, Store } from '../core/ports.js';
import { ensureLocalUser } from '../core/users/ensure-local-user.js';
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
  const config = loadConfig({ db: options.db as string | undefined, today: options.today as string | undefined }, process.env);
  return { config, options, out: createOutput(Boolean(options.json)) };
}

/**
 * Opens the workspace for one command, runs `work` and always closes the database, so the
 * process exits promptly and no connection outlives the command.
 */
export async function withWorkspace<R>(run: CommandRun, work: (ctx: Context, store: Store) => Promise<R>): Promise<R> {
  const { openStore } = await import('../store/open-store.js');
  const store = await openStore({ url: run.config.databaseUrl });
  try {
    const clock = createClock(run.config.today);
    const user = await ensureLocalUser(store, clock);
    return await work({ ws: store.workspace(user.id), clock, newId }, store);
  } finally {
    await store.close();
  }
}

/** Reads the text of a check or message: a file path, `-` or nothing for standard input. */
export async function readText(source: string | undefined, inline?: string): Promise<string> {
  if (inline !== undefined) return inline;
  // The same reader as the checks: a regular file or standard input, never past the text limit.
  const { readCheckInput } = await import('./text-input.js');
  return readCheckInput(source);
}
