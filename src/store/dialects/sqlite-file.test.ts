import { chmodSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../open-store.js';
import { mapError } from './sqlite.js';
import { watchDatabaseFile } from './sqlite-file.js';

const root = mkdtempSync(join(tmpdir(), 'understudy-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('the SQLite workspace files', () => {
  // A permissive umask, so the modes asserted are the ones Understudy sets, not the umask's.
  let umask = 0;
  beforeEach(() => {
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('creates the data folder 0700 and the database with its -wal and -shm 0600', async () => {
    const folder = join(root, 'new-home');
    const path = join(folder, 'understudy.db');
    const store = await openStore({ url: path });
    const now = '2026-11-28T09:00:00.000Z';
    await store.insertUser({ id: 'local', name: 'Me', role: null, level: null, createdAt: now, updatedAt: now });
    expect(modeOf(folder)).toBe(0o700);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(modeOf(file), file).toBe(0o600);
    await store.close();
  });

  it('leaves the mode of an existing database as the user set it', async () => {
    const path = join(root, 'shared.db');
    writeFileSync(path, '');
    chmodSync(path, 0o640);
    const store = await openStore({ url: path });
    await store.close();
    expect(modeOf(path)).toBe(0o640);
  });
});

describe('watchDatabaseFile', () => {
  it('passes while the file is the one opened, and refuses once it is deleted or replaced', () => {
    const path = join(root, 'watched.db');
    writeFileSync(path, 'x');
    const check = watchDatabaseFile(path);
    expect(check).not.toThrow();
    renameSync(path, `${path}.old`);
    writeFileSync(path, 'x');
    expect(check).toThrow(
      expect.objectContaining({ code: 'db_unavailable', message: expect.stringMatching(/was replaced by another file/) }),
    );
    rmSync(path);
    expect(check).toThrow(expect.objectContaining({ code: 'db_unavailable', message: expect.stringMatching(/is gone/) }));
  });
});

describe('SQLite write failures', () => {
  it('become db_unavailable (503) with one line naming the file, never a raw error', () => {
    for (const [code, message] of [
      ['SQLITE_READONLY', /is read-only; nothing was written/],
      ['SQLITE_READONLY_DBMOVED', /was moved or deleted while in use; nothing was written/],
      ['SQLITE_IOERR_WRITE', /Cannot read or write \/data\/understudy\.db \(SQLITE_IOERR_WRITE\)/],
      ['SQLITE_CANTOPEN', /Cannot open \/data\/understudy\.db/],
      ['ENOENT', /Cannot open \/data\/understudy\.db/],
    ] as const) {
      const mapped = mapError(Object.assign(new Error('driver message'), { code }), '/data/understudy.db') as Error & { code: string };
      expect(mapped.code, code).toBe('db_unavailable');
      expect(mapped.message).toMatch(message);
    }
  });
});
