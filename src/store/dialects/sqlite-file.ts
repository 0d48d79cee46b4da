import { chmodSync, closeSync, fchmodSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../core/errors.js';

/** Mode of the workspace's files: readable and writable by the user only. */
export const PRIVATE_FILE_MODE = 0o600;
/** Mode of the data folder the workspace creates: the user's only. */
export const PRIVATE_FOLDER_MODE = 0o700;

/**
 * Prepares a new SQLite workspace file so that only the user can read it, whatever the
 * umask: creates its folder (0700) when missing and the empty file (0600), each set again with
 * chmod after creation. SQLite then creates the `-wal` and `-shm` files with the mode of the
 * database. Returns true when the file is new. An existing file keeps its mode.
 */
export function createPrivateDatabaseFile(path: string): boolean {
  const folder = dirname(path);
  if (mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE }) !== undefined) chmodSync(folder, PRIVATE_FOLDER_MODE);
  let fd: number;
  try {
    fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Sets the files SQLite made beside a new database (`-wal`, `-shm`) to the user's only. */
export function restrictCompanionFiles(path: string): void {
  for (const suffix of ['-wal', '-shm']) {
    try {
      chmodSync(`${path}${suffix}`, PRIVATE_FILE_MODE);
    } catch {
      // Not there (yet): SQLite creates it later with the database's own mode.
    }
  }
}

/**
 * Returns a check that the database file is still the one opened. A deleted data folder or a
 * replaced file leaves SQLite writing to a file nobody can open again: every later write would
 * be lost while looking saved. The check throws `db_unavailable` instead, before a write.
 */
export function watchDatabaseFile(path: string): () => void {
  const opened = statSync(path);
  return () => {
    const now = statSync(path, { throwIfNoEntry: false });
    if (now && now.ino === opened.ino && now.dev === opened.dev) return;
    throw new AppError(
      'db_unavailable',
      `The workspace database ${path} ${now ? 'was replaced by another file' : 'is gone (the file or its folder was deleted)'} while Understudy was running; nothing was written. Put it back, or restart Understudy`,
    );
  };
}
