import { docxBomb, pdfOfPages, pdfWithStreams } from '../../test/helpers/document-bombs.js';

/** A hostile document of the bench and the proof: what it is, its file name and its bytes. */
export interface HostileDocument {
  label: string;
  name: string;
  bytes: Uint8Array;
  /** What a reader must refuse it for: the budget its message names. */
  budget: RegExp;
}

/**
 * The generated hostile documents of issue 18: DOCX archives whose XML inflates to 300 MB (with
 * true and with lying sizes), a PDF with one FlateDecode stream inflating to 300 MB, and PDFs of
 * 8,000 and 120,000 pages. Each is about a megabyte or less (the pages: 1 and 19 MB).
 */
export function hostileDocuments(): HostileDocument[] {
  return [
    { label: 'DOCX, XML inflating to 300 MB', name: 'bomb.docx', bytes: docxBomb(300), budget: /the budget for a DOCX/ },
    { label: 'DOCX, 300 MB declared as 2 KB', name: 'lying.docx', bytes: docxBomb(300, 2_000), budget: /the budget for a DOCX/ },
    {
      label: 'PDF, a stream inflating to 300 MB',
      name: 'bomb.pdf',
      bytes: pdfWithStreams([{ text: 'x', repeat: 8_000_000 }]),
      budget: /the budget for one PDF stream/,
    },
    { label: 'PDF of 8,000 pages', name: 'pages-8000.pdf', bytes: pdfOfPages(8_000), budget: /the page budget for a PDF/ },
    { label: 'PDF of 120,000 pages', name: 'pages-120000.pdf', bytes: pdfOfPages(120_000), budget: /the page budget for a PDF/ },
  ];
}
