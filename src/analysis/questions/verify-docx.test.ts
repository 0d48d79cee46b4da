import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { makeDocx } from '../../../bench/documents.js';
import { docxBomb, plainDocx, zipOf } from '../../../test/helpers/document-bombs.js';
import { DocumentError } from './document.js';
import { verifyDocx } from './verify-docx.js';

const far = () => performance.now() + 60_000;

/** The message `verifyDocx` refuses the archive with, and how long it took. */
function refusal(bytes: Uint8Array, deadline = far()): { message: string; ms: number } {
  const start = performance.now();
  try {
    verifyDocx(bytes, deadline);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return { message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error('the archive was accepted');
}

/** The HTML mammoth makes of a DOCX, with the options `readDocx` gives it (images are not read). */
const html = async (bytes: Uint8Array) => {
  const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
  const input = { buffer: bytes, arrayBuffer: bytes.slice().buffer } as never;
  return (await mammoth.convertToHtml(input, { convertImage, externalFileAccess: false })).value;
};

/** A 1×1 PNG. */
const pixel = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('verifyDocx', () => {
  it('refuses an archive whose XML declares more than the budget, before inflating anything', () => {
    const { message, ms } = refusal(docxBomb(300));
    expect(message).toBe('inflates to more than 50 MB of XML (the budget for a DOCX)');
    expect(ms).toBeLessThan(50);
  });

  it('refuses an archive that declares small sizes but inflates past the budget, counting as it goes', () => {
    const { message, ms } = refusal(docxBomb(300, 2_000));
    expect(message).toBe('inflates to more than 50 MB of XML (the budget for a DOCX)');
    expect(ms).toBeLessThan(1_000);
  });

  it('refuses a part that inflates to other than it declares, as a damaged archive', () => {
    expect(refusal(docxBomb(1, 2_000)).message).toBe('is not a readable DOCX file (the archive is damaged)');
  });

  it('refuses an archive of more entries than the budget', () => {
    const entry = { name: 'x', deflated: new Uint8Array([0x03, 0x00]), size: 0, crc: 0 };
    const many = zipOf(Array.from({ length: 10_001 }, (_, i) => ({ ...entry, name: `word/media/p${i}.png` })));
    expect(refusal(many).message).toBe('has more than 10,000 parts (the budget for a DOCX)');
  });

  it('refuses when the time budget runs out while counting', () => {
    expect(refusal(docxBomb(40, 2_000), performance.now() - 1).message).toBe(
      'takes more than 20 s to read (the time budget for a document)',
    );
  });

  it('refuses truncated and damaged archives', () => {
    const docx = plainDocx(['Hello']);
    for (const broken of [docx.slice(0, docx.length - 30), docx.slice(0, 40), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]) {
      expect(refusal(broken).message).toBe('is not a readable DOCX file (the archive is damaged)');
    }
  });

  it('hands mammoth the text parts of a real document, which it reads exactly as the original', async () => {
    const image = new ImageRun({ type: 'png', data: pixel, transformation: { width: 10, height: 10 } });
    const withImage = new Document({
      sections: [{ children: [new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }), new Paragraph({ children: [image] })] }],
    });
    for (const original of [await makeDocx(20), new Uint8Array(await Packer.toArrayBuffer(withImage)), plainDocx(['One', 'Two'])]) {
      const verified = verifyDocx(original, far());
      expect(verified.length).toBeLessThanOrEqual(original.length);
      expect(await html(verified)).toBe(await html(original));
      expect(await html(verified)).not.toBe('');
    }
  });
});
