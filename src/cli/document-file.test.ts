import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxBomb } from '../../test/helpers/document-bombs.js';
import { isAppError } from '../core/errors.js';
import { readDocumentFile } from './document-file.js';

const dir = mkdtempSync(join(tmpdir(), 'understudy-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The code and one-line message reading `path` is refused with. */
async function refusal(path: string): Promise<{ code: string; message: string }> {
  try {
    await readDocumentFile(path);
  } catch (error) {
    if (!isAppError(error)) throw error;
    expect(error.message).not.toContain('\n');
    return { code: error.code, message: error.message };
  }
  throw new Error(`${path} was read`);
}

describe('readDocumentFile', () => {
  it('reads a regular file, with its reading attached', async () => {
    const path = join(dir, 'prd.md');
    writeFileSync(path, '# Checkout\n\n## Risks\n\nLegal review may take a month.\n');
    const file = await readDocumentFile(path);
    expect(file.name).toBe(path);
    expect(file.read?.questions.map((q) => q.id)).toContain('risks');
  });

  it('refuses devices, FIFOs and folders in one line, without reading them', async () => {
    expect(await refusal('/dev/zero')).toEqual({
      code: 'usage',
      message: '/dev/zero is not a regular file (a device, FIFO or socket); give a document',
    });
    const fifo = join(dir, 'pipe.md');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(await refusal(fifo)).toEqual({
      code: 'usage',
      message: `${fifo} is not a regular file (a device, FIFO or socket); give a document`,
    });
    expect(await refusal(dir)).toEqual({ code: 'usage', message: `${dir} is a folder, not a document` });
    expect((await refusal(join(dir, 'missing.md'))).message).toBe(`Cannot read ${join(dir, 'missing.md')}: ENOENT`);
  });

  it('refuses a file over 20 MB before reading it, and a bomb with its budget', async () => {
    const big = join(dir, 'big.pdf');
    writeFileSync(big, '');
    truncateSync(big, 21 * 1024 * 1024);
    expect(await refusal(big)).toEqual({ code: 'invalid_input', message: `${big} is 21 MB; documents can be at most 20 MB` });
    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, docxBomb(300));
    expect(await refusal(bomb)).toEqual({
      code: 'invalid_input',
      message: `${bomb} inflates to more than 50 MB of XML (the budget for a DOCX)`,
    });
  });
});
