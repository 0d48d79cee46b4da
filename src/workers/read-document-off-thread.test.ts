import { spawnSync } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { docxBomb, pdfWithStreams, slowPdf } from '../../test/helpers/document-bombs.js';
import { isAppError } from '../core/errors.js';
import { parseDocument } from '../core/library/parse-document.js';
import { readDocumentOffThread } from './read-document-off-thread.js';

const markdown = new TextEncoder().encode('# Checkout\n\n## Problem\n\nUsers drop off.\n\n## Risks\n\nLegal review may take a month.\n');

/** The one-line refusal reading the file off thread gives. */
async function refusal(name: string, bytes: Uint8Array, limits?: { memoryMb?: number; seconds?: number }): Promise<string> {
  try {
    await readDocumentOffThread({ name, bytes }, limits);
  } catch (error) {
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect((error as Error).message).not.toContain('\n');
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}

/** Runs `work` while a timer ticks every 10 ms; returns the longest the timer waited past its tick. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let [last, longest] = [performance.now(), 0];
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return longest;
}

describe('readDocumentOffThread', () => {
  it('reads a document in a worker as core reads it in place', async () => {
    const file = await readDocumentOffThread({ name: 'prd.md', bytes: markdown });
    const inPlace = await parseDocument({ name: 'prd.md', bytes: markdown });
    expect(file.read).toEqual({ doc: inPlace.doc, questions: inPlace.questions });
    expect(await parseDocument(file)).toEqual({ file, doc: inPlace.doc, questions: inPlace.questions });
  });

  it('reads an upload from the Blob it came in, in the worker, and hands its bytes back', async () => {
    const file = await readDocumentOffThread({ name: 'prd.md', bytes: new File([markdown], 'prd.md') });
    expect(file.bytes).toEqual(markdown);
    expect(file.read.questions.map((q) => q.id)).toContain('risks');
  });

  it('refuses the bombs with the reader’s one line, naming the file and the budget', async () => {
    expect(await refusal('bomb.docx', docxBomb(300))).toBe('bomb.docx inflates to more than 50 MB of XML (the budget for a DOCX)');
    expect(await refusal('bomb.pdf', pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]))).toBe(
      'bomb.pdf has a compressed stream that inflates to more than 64 MB (the budget for one PDF stream)',
    );
    expect(await refusal('notes.txt', new Uint8Array([0x48, 0x69, 0, 0x21]))).toBe(
      'notes.txt looks binary, not text (is the extension right?)',
    );
  });

  it('ends a worker that passes the time or memory budget, with the same kind of refusal', async () => {
    const pages = slowPdf();
    expect(await refusal('slow.pdf', pages, { seconds: 0.5 })).toBe(
      'slow.pdf takes more than 0.5 s to read (the time budget for a document)',
    );
    expect(await refusal('big.pdf', pages, { memoryMb: 8 })).toBe(
      'big.pdf needs more than 8 MB of memory to read (the memory budget for a document)',
    );
  });

  it('reads a compressed PDF without native zlib, which ending the thread mid-stream would abort the process on', async () => {
    const pdf = pdfWithStreams([{ text: 'Risks: legal review may take a month.', repeat: 20 }]);
    const file = await readDocumentOffThread({ name: 'risks.pdf', bytes: pdf });
    const inPlace = await parseDocument({ name: 'risks.pdf', bytes: pdf });
    expect(file.read).toEqual({ doc: inPlace.doc, questions: inPlace.questions });
    // The reader's own thread, loaded as the pool loads it, offers pdf.js no native inflater.
    const [tsx, entry] = [import.meta.resolve('tsx/esm/api'), new URL('./document-worker.ts', import.meta.url).href];
    const probe = new Worker(
      `const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })
        .then(() => parentPort.postMessage([typeof DecompressionStream, typeof CompressionStream]));`,
      { eval: true },
    );
    const seen = await new Promise((resolve, reject) => probe.once('message', resolve).once('error', reject));
    await probe.terminate();
    expect(seen).toEqual(['undefined', 'undefined']);
  });

  it('keeps the event loop free while a long document is read', async () => {
    const pages = slowPdf();
    await readDocumentOffThread({ name: 'warm.md', bytes: markdown });
    expect(await longestStall(() => readDocumentOffThread({ name: 'long.pdf', bytes: pages }).catch(() => undefined))).toBeLessThan(100);
  });

  it('lets a process end while its worker waits idle for the next document', () => {
    const module = new URL('./read-document-off-thread.ts', import.meta.url).href;
    const script = `const { readDocumentOffThread } = await import(${JSON.stringify(module)});
      const file = await readDocumentOffThread({ name: 'a.md', bytes: new TextEncoder().encode('# Risks\\n\\nLegal review.') });
      process.stdout.write(String(file.read.questions.length));`;
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('1');
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('reads documents two at a time, the others waiting their turn', async () => {
    const names = ['a.md', 'b.md', 'c.md', 'd.md'];
    const files = await Promise.all(names.map((name) => readDocumentOffThread({ name, bytes: markdown })));
    expect(files.map((f) => f.read.questions.length)).toEqual([2, 2, 2, 2]);
  });
});
