import { chmod, mkdir, open } from 'node:fs/promises';

/** Mode of what the CLI writes from the workspace (backups, exports, drafts): the user's only. */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

/**
 * Writes `text` to a new file at `path`, refusing one that exists, readable by the user only
 * (0600) whatever the umask: created with that mode, then set again with chmod.
 */
export async function writeNewPrivateFile(path: string, text: string): Promise<void> {
  await writeWith(path, 'wx', text);
}

/**
 * Writes `text` to `path`, replacing what is there, readable by the user only. A path that is
 * not a regular file (`/dev/stdout`, a FIFO) is written to but its mode is left alone.
 */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  await writeWith(path, 'w', text);
}

/** Creates the folder `path` and any missing parents; `path` itself is open to the user only (0700). */
export async function makePrivateFolder(path: string): Promise<void> {
  await mkdir(path, { recursive: true, mode: FOLDER_MODE });
  await chmod(path, FOLDER_MODE);
}

async function writeWith(path: string, flags: 'w' | 'wx', text: string): Promise<void> {
  const handle = await open(path, flags, FILE_MODE);
  try {
    if ((await handle.stat()).isFile()) await handle.chmod(FILE_MODE);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}
