import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { docxBomb, pdfOfPages, pdfWithStreams } from '../../../test/helpers/document-bombs.js';
import { DocumentError } from './document.js';
import { readDocument } from './read-document.js';

/** The message reading the file is refused with, and how long reading took. */
async function refusal(bytes: Uint8Array, name: string): Promise<{ message: string; ms: number }> {
  const start = performance.now();
  try {
    await readDocument(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return { message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error(`${name} was read`);
}

describe('readDocument within its budgets', () => {
  it('refuses the 300 MB bombs in well under 2 s, naming the budget', async () => {
    const bombs: Array<[string, Uint8Array, string]> = [
      ['bomb.docx', docxBomb(300), 'inflates to more than 50 MB of XML (the budget for a DOCX)'],
      ['lying.docx', docxBomb(300, 2_000), 'inflates to more than 50 MB of XML (the budget for a DOCX)'],
      [
        'bomb.pdf',
        pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]),
        'has a compressed stream that inflates to more than 64 MB (the budget for one PDF stream)',
      ],
      ['pages.pdf', pdfOfPages(8_000), 'has 8,000 pages, more than 2,000 (the page budget for a PDF)'],
    ];
    for (const [name, bytes, message] of bombs) {
      expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
      const refused = await refusal(bytes, name);
      expect(refused.message).toBe(message);
      expect(refused.ms).toBeLessThan(2_000);
    }
  });

  it('refuses a PDF whose pages hide in object streams as soon as pdf.js has opened it, before reading a page', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 200]);
    page.drawText('One page of many', { x: 20, y: 100, size: 10 });
    for (let i = 1; i < 2_001; i++) doc.addPage([200, 200]);
    const { message, ms } = await refusal(await doc.save({ useObjectStreams: true }), 'hidden.pdf');
    expect(message).toBe('has 2,001 pages, more than 2,000 (the page budget for a PDF)');
    expect(ms).toBeLessThan(10_000);
  });

  it('stops reading a PDF once its text passes the budget', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Courier);
    const line = 'abcdefghij'.repeat(1_000);
    for (let p = 0; p < 6; p++) {
      const page = doc.addPage([612, 792]);
      for (let i = 0; i < 100; i++) page.drawText(line, { x: 1, y: 780 - i * 7, size: 0.1, font });
    }
    expect((await refusal(await doc.save(), 'long.pdf')).message).toBe(
      'has more than 5,000,000 characters of text (the budget for a document)',
    );
  });
});
