import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRegularFile } from './read-regular-file.js';

const dir = mkdtempSync(join(tmpdir(), 'understudy-regular-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const limit = { bytes: 1024, message: (size: number) => `too big: ${size} bytes` };

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'x'.repeat(3 * 1024 * 1024));
    expect((await readRegularFile(path, { noun: 'a text file' })).length).toBe(3 * 1024 * 1024);
  });

  it('refuses a device, a FIFO and a folder by name, in one line, without reading', async () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    for (const path of ['/dev/zero', '/dev/urandom', fifo]) {
      await expect(readRegularFile(path, { noun: 'a backup file' })).rejects.toMatchObject({
        code: 'usage',
        message: `${path} is not a regular file (a device, FIFO or socket); give a backup file`,
      });
    }
    await expect(readRegularFile(dir, { noun: 'a contact file' })).rejects.toMatchObject({
      code: 'usage',
      message: `${dir} is a folder, not a contact file`,
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    await expect(readRegularFile(path, { noun: 'a text file', limit })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'too big: 2048 bytes',
    });
  });
});
