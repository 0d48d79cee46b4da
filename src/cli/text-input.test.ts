import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readCheckInput, readStdin } from './text-input.js';

const dir = mkdtempSync(join(tmpdir(), 'understudy-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stream that never ends, as `yes |` gives, counting what was pulled from it. */
function endless(): { stream: Readable; pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      pulled += 64 * 1024;
      this.push(Buffer.alloc(64 * 1024, 'y'));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readStdin', () => {
  it('reads a piped text up to the limit', async () => {
    expect(await readStdin(10, Readable.from([Buffer.from('hello'), Buffer.from(' you')]))).toBe('hello you');
  });

  it('stops reading an endless pipe just past the limit and refuses it in one line', async () => {
    const input = endless();
    await expect(readStdin(1024 * 1024, input.stream)).rejects.toMatchObject({
      code: 'usage',
      message: 'Standard input is over 1024 KB; checks take at most 1024 KB',
    });
    expect(input.pulled()).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('readCheckInput from a file', () => {
  it('reads a regular text file', async () => {
    const path = join(dir, 'ask.txt');
    writeFileSync(path, 'Would you be my mentor?');
    expect(await readCheckInput(path)).toBe('Would you be my mentor?');
  });

  it('refuses a file over the limit by its size', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, 'x'.repeat(2048));
    await expect(readCheckInput(path, 1024)).rejects.toMatchObject({ code: 'usage', message: `${path} is 2 KB; checks take at most 1 KB` });
  });

  it('refuses devices and FIFOs before reading them, and folders', async () => {
    await expect(readCheckInput('/dev/zero')).rejects.toMatchObject({
      code: 'usage',
      message: '/dev/zero is not a regular file (a device, FIFO or socket); give a text file',
    });
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readCheckInput(fifo)).rejects.toMatchObject({
      message: `${fifo} is not a regular file (a device, FIFO or socket); give a text file`,
    });
    await expect(readCheckInput(dir)).rejects.toMatchObject({ message: `${dir} is a folder, not a text file` });
  });

  it('refuses a missing file in one line', async () => {
    await expect(readCheckInput(join(dir, 'nope.txt'))).rejects.toMatchObject({
      code: 'usage',
      message: /^Cannot read .*nope\.txt: ENOENT$/,
    });
  });
});
