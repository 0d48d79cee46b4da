import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../../../bench/documents.js';
import { pdfOfPages, pdfWithStreams } from '../../../test/helpers/document-bombs.js';
import { DocumentError } from './document.js';
import { verifyPdf } from './verify-pdf.js';

const far = () => performance.now() + 60_000;

/** The message `verifyPdf` refuses the file with, and how long it took. */
function refusal(bytes: Uint8Array, deadline = far()): { message: string; ms: number } {
  const start = performance.now();
  try {
    verifyPdf(bytes, deadline);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return { message: (error as Error).message, ms: performance.now() - start };
  }
  throw new Error('the PDF was accepted');
}

describe('verifyPdf', () => {
  it('refuses a FlateDecode stream that inflates past the budget of one stream, counting, not inflating', () => {
    const { message, ms } = refusal(pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]));
    expect(message).toBe('has a compressed stream that inflates to more than 64 MB (the budget for one PDF stream)');
    expect(ms).toBeLessThan(500);
  });

  it('refuses streams that together inflate past the budget of a PDF', () => {
    const streams = Array.from({ length: 6 }, () => ({ text: 'y', repeat: 1_500_000 }));
    expect(refusal(pdfWithStreams(streams)).message).toBe('inflates to more than 256 MB (the budget for a PDF)');
  });

  it('reads a stream on past an endstream its data contains', () => {
    const hidden = pdfWithStreams([{ text: 'x', repeat: 8_000_000, decoy: '\nendstream\nendobj\n' }]);
    expect(refusal(hidden).message).toBe('has a compressed stream that inflates to more than 64 MB (the budget for one PDF stream)');
  });

  it('counts a stream whatever its dictionary says of its filter', () => {
    const bomb = new TextDecoder('latin1').decode(pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]));
    for (const filter of ['/Filter /Fl', '/Filter 99 0 R', '/Filter [/FlateDecode]', '']) {
      const edited = Uint8Array.from(bomb.replace('/Filter /FlateDecode', filter), (c) => c.charCodeAt(0));
      expect(refusal(edited).message).toMatch(/the budget for one PDF stream/);
    }
  });

  it('refuses more page objects than the page budget before pdf.js walks them', () => {
    const { message, ms } = refusal(pdfOfPages(120_000));
    expect(message).toBe('has 120,000 pages, more than 2,000 (the page budget for a PDF)');
    expect(ms).toBeLessThan(2_000);
    expect(refusal(pdfOfPages(2_001)).message).toBe('has 2,001 pages, more than 2,000 (the page budget for a PDF)');
    expect(() => verifyPdf(pdfOfPages(2_000), far())).not.toThrow();
  });

  it('refuses when the time budget runs out while counting', () => {
    expect(refusal(pdfWithStreams([{ text: 'x', repeat: 100 }]), performance.now() - 1).message).toBe(
      'takes more than 20 s to read (the time budget for a document)',
    );
  });

  it('accepts ordinary PDFs, with or without object streams', async () => {
    verifyPdf(await makePdf(20), far());
    const doc = await PDFDocument.create();
    for (let i = 0; i < 50; i++) doc.addPage().drawText(`Page ${i + 1}`);
    verifyPdf(await doc.save({ useObjectStreams: true }), far());
    verifyPdf(await doc.save({ useObjectStreams: false }), far());
  });
});
