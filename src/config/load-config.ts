import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import { isIsoDate } from '../core/clock.js';
import { AppError } from '../core/errors.js';

/** Everything a surface needs to know from flags and environment, read once. */
export interface Config {
  /** SQLite file path or `postgres://` URL. */
  readonly databaseUrl: string;
  /** Fixed reference date, when `--today` or `UNDERSTUDY_TODAY` sets one. */
  readonly today: string | undefined;
  /** `UNDERSTUDY_DEBUG=1`: unexpected errors show their stack trace where the user runs us. */
  readonly debug: boolean;
}

/** Flags as a command parsed them; each overrides its environment variable. */
export interface ConfigFlags {
  db?: string | undefined;
  today?: string | undefined;
}

/** The process's environment variables: config is the one place that reads them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Resolves the configuration from flags, then environment (the process's own unless `env` is
 * given), then defaults: the database is a SQLite file in the user's data directory unless
 * `UNDERSTUDY_HOME` or a URL says otherwise.
 */
export function loadConfig(flags: ConfigFlags, env: Environment = process.env): Config {
  const today = flags.today ?? env.UNDERSTUDY_TODAY;
  if (today !== undefined && !isIsoDate(today)) {
    throw new AppError('usage', `--today must be a date written YYYY-MM-DD, got "${today}"`);
  }
  const databaseUrl = flags.db ?? env.UNDERSTUDY_DATABASE_URL ?? defaultDatabasePath(env);
  if (databaseUrl.trim() === '') throw new AppError('usage', '--db must name a SQLite file or a postgres:// URL');
  if (databaseUrl !== defaultDatabasePath(env))
    refuseMissingFolder(databaseUrl, flags.db !== undefined ? '--db' : 'UNDERSTUDY_DATABASE_URL');
  return Object.freeze({ databaseUrl, today, debug: debugEnabled(env) });
}

/**
 * `UNDERSTUDY_DEBUG=1`: unexpected errors show their stack where the user runs us. Readable
 * before the rest of the config, so an error in the flags themselves is reported the same way.
 */
export function debugEnabled(env: Environment = process.env): boolean {
  return env.UNDERSTUDY_DEBUG === '1';
}

/**
 * Refuses a SQLite path the user named whose folder does not exist: a typo in `--db` must not
 * quietly start a new, empty workspace in a new folder. Only the default data directory is
 * created on first use.
 */
function refuseMissingFolder(path: string, source: string): void {
  // A URL of any scheme (the store tells the databases apart) is not a file path.
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(path) || path === ':memory:') return;
  const folder = dirname(resolve(path));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder)
    throw new AppError(
      'usage',
      `${source} ${path}: the folder ${folder} does not exist; create it first, or name a file in an existing folder`,
    );
}

/** The default SQLite file: `$UNDERSTUDY_HOME/understudy.db`, else the OS data directory. */
export function defaultDatabasePath(env: Environment): string {
  const home = env.UNDERSTUDY_HOME ?? envPaths('understudy', { suffix: '' }).data;
  return join(home, 'understudy.db');
}
