/*
 * PDFs drawn for the tests of the PDF reader: rows of text in Helvetica (bold, a size, an indent,
 * room above), Courier for code, headers and footers on every page; and the outline of what the
 * reader made of one, with every offset checked against its text.
 */
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { expect } from 'vitest';
import type { DocumentModel } from '../../src/analysis/questions/document.js';

/** A line drawn on a page: `space` is extra room above it, on top of 1.3 line heights; `lead` opens it in bold. */
export interface Row {
  text: string;
  lead?: string;
  size?: number;
  bold?: boolean;
  mono?: boolean;
  x?: number;
  space?: number;
}
/** A line drawn at a fixed height on every page, such as a header or footer. */
export type Furniture = (page: number, pages: number) => Array<{ text: string; y: number; x?: number; size?: number }>;

/** A paragraph's words wrapped to lines of at most 80 characters (about the width of a page at 11 pt), with room above. */
export function para(text: string, space = 8): Row[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 80) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line, i) => ({ text: line, space: i === 0 ? space : 0 }));
}

/** A heading row: its size, bold unless said otherwise, with room above. */
export const heading = (text: string, size: number, bold = true): Row => ({ text, size, bold, space: 10 });

/** A Letter-size PDF in Helvetica, one list of rows per page, drawn top down. */
export async function drawPdf(pages: Row[][], furniture?: Furniture): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  for (const [n, rows] of pages.entries()) {
    const page = pdf.addPage([612, 792]);
    let y = 730;
    for (const row of rows) {
      const size = row.size ?? 11;
      y -= size * 1.3 + (row.space ?? 0);
      const x = row.x ?? 72;
      if (row.lead) page.drawText(row.lead, { x, y, size, font: bold });
      const indent = row.lead ? bold.widthOfTextAtSize(`${row.lead} `, size) : 0;
      page.drawText(row.text, { x: x + indent, y, size, font: row.mono ? mono : row.bold ? bold : regular });
    }
    for (const row of furniture?.(n + 1, pages.length) ?? []) {
      page.drawText(row.text, { x: row.x ?? 72, y: row.y, size: row.size ?? 9, font: regular });
    }
  }
  return pdf.save();
}

/** Sections as headings, levels, paths and block texts, checking every offset against the text. */
export function outline(doc: DocumentModel) {
  return doc.sections.map((s) => {
    expect(doc.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    for (const b of s.blocks) expect(doc.text.slice(b.start, b.end)).not.toMatch(b.kind === 'code' ? /^\s|\s$/ : /^\s|\s$|\n/);
    return { heading: s.heading, level: s.level, path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) };
  });
}

/** Three paragraphs of a product document, each long enough to wrap. */
export const paragraphs = {
  first: 'Shoppers abandon the address form on mobile because the errors do not say what to fix, and support hears about it daily.',
  second: 'The redesign keeps one page and saves the address as you type, so nobody loses what they entered.',
  third: 'Legal has to review the new consent text before the beta, which has taken four to six weeks in the past.',
};
