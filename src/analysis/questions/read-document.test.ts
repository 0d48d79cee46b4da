import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { DocumentError, type DocumentModel } from './document.js';
import { documentFormatOf, MAX_DOCUMENT_BYTES, readDocument } from './read-document.js';
import { reflowPdfPage } from './read-pdf.js';

const encode = (text: string) => new TextEncoder().encode(text);

function outline(doc: DocumentModel) {
  return doc.sections.map((s) => {
    expect(doc.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    return { heading: s.heading, level: s.level, path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) };
  });
}

/** The error reading the file gives; fails when it is read, or throws anything but a DocumentError naming no file. */
async function failure(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await readDocument(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as Error).message).not.toContain(name);
    return (error as Error).message;
  }
  throw new Error(`${name} was read without an error`);
}

async function sampleDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Checkout Redesign', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [new TextRun('We rebuild '), new TextRun({ text: 'checkout', bold: true }), new TextRun(' for mobile.')],
          }),
          new Paragraph({ text: 'Goals', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Cut drop-off', bullet: { level: 0 } }),
          new Paragraph({ text: 'On small screens', bullet: { level: 1 } }),
          new Paragraph({ text: 'Pay faster', bullet: { level: 0 } }),
          new Paragraph({ text: 'Success Metrics', heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Metric'), cell('Target')] }),
              new TableRow({ children: [cell('Conversion'), cell('+5%')] }),
            ],
          }),
          new Paragraph({ text: 'Risks', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Legal review may take a month.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** Replaces every occurrence of an ASCII string in the bytes by another of the same length. */
function replaceAscii(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = bytes.slice();
  const [a, b] = [encode(from), encode(to)];
  for (let i = out.indexOf(a[0] ?? 0); i >= 0 && i <= out.length - a.length; i = out.indexOf(a[0] ?? 0, i + 1)) {
    if (a.every((byte, k) => out[i + k] === byte)) out.set(b, i);
  }
  return out;
}

type PdfBlock = { heading: string } | { body: string };

/** Words wrapped to lines no wider than `width` points. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return [...lines, line];
}

/** A PDF in Helvetica, a page per list of blocks: bold headings, wrapped body lines and a page number. */
async function samplePdf(pages: PdfBlock[][]): Promise<{ bytes: Uint8Array; lastLines: string[] }> {
  const pdf = await PDFDocument.create();
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const lastLines: string[] = [];
  for (const [n, blocks] of pages.entries()) {
    const page = pdf.addPage([612, 792]);
    let y = 720;
    for (const block of blocks) {
      if ('heading' in block) {
        page.drawText(block.heading, { x: 72, y: y - 6, size: 16, font: bold });
        y -= 28;
        continue;
      }
      const lines = wrap(block.body, regular, 11, 468);
      for (const line of lines) {
        page.drawText(line, { x: 72, y, size: 11, font: regular });
        y -= 15;
      }
      lastLines.push(lines.at(-1) ?? '');
      y -= 8;
    }
    page.drawText(String(n + 1), { x: 300, y: 40, size: 9, font: regular });
  }
  return { bytes: await pdf.save(), lastLines };
}

describe('documentFormatOf', () => {
  it.each([
    ['plan.md', 'markdown'],
    ['PLAN.MARKDOWN', 'markdown'],
    ['page.mdx', 'markdown'],
    ['notes.txt', 'text'],
    ['notes.text', 'text'],
    ['README', 'text'],
    ['v1.2/notes', 'text'],
    ['.profile', 'text'],
    ['C:\\docs\\spec.HTM', 'html'],
    ['spec.html', 'html'],
    ['spec.docx', 'docx'],
    ['spec.pdf', 'pdf'],
  ])('%s is %s', (name, format) => {
    expect(documentFormatOf(name)).toBe(format);
  });

  it('names the supported formats for any other extension', () => {
    expect(() => documentFormatOf('spec.doc')).toThrow(DocumentError);
    expect(() => documentFormatOf('spec.rtf')).toThrow(/unsupported format \(\.rtf\); use Markdown .*\.docx.*\.pdf/);
  });
});

describe('readDocument', () => {
  it('reads Markdown, plain text and HTML, stripping a byte-order mark', async () => {
    const md = await readDocument(encode('\ufeff# Plan\n\nShip it.'), 'plan.md');
    expect(outline(md)).toEqual([{ heading: 'Plan', level: 1, path: ['Plan'], blocks: [['paragraph', 'Ship it.']] }]);
    const txt = await readDocument(encode('\ufeffGOALS\n\nShip it.'), 'notes');
    expect(outline(txt)).toEqual([{ heading: 'GOALS', level: 1, path: ['GOALS'], blocks: [['paragraph', 'Ship it.']] }]);
    const html = await readDocument(encode('<title>T</title><h2>Goals</h2><p>Ship it.</p>'), 'x.htm');
    expect(html.title).toBe('T');
    expect(outline(html)).toEqual([{ heading: 'Goals', level: 2, path: ['Goals'], blocks: [['paragraph', 'Ship it.']] }]);
  });

  it('reads UTF-16 text that starts with a byte-order mark', async () => {
    const text = 'Goals\n\nShip it — soon.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    expect((await readDocument(bytes, 'windows.txt')).text).toBe(text);
  });

  it('reads a Word document: title, heading styles, paragraphs, a nested bullet list and a table', async () => {
    const doc = await readDocument(await sampleDocx(), 'spec.docx');
    expect(doc.title).toBe('Checkout Redesign');
    expect(outline(doc)).toEqual([
      { heading: 'Summary', level: 1, path: ['Summary'], blocks: [['paragraph', 'We rebuild checkout for mobile.']] },
      {
        heading: 'Goals',
        level: 2,
        path: ['Summary', 'Goals'],
        blocks: [
          ['list-item', 'Cut drop-off'],
          ['list-item', 'On small screens'],
          ['list-item', 'Pay faster'],
        ],
      },
      {
        heading: 'Success Metrics',
        level: 2,
        path: ['Summary', 'Success Metrics'],
        blocks: [['table', 'Metric | Target\nConversion | +5%']],
      },
      { heading: 'Risks', level: 1, path: ['Risks'], blocks: [['paragraph', 'Legal review may take a month.']] },
    ]);
  });

  it('reads a PDF: heading lines become sections, wrapped lines paragraphs, bullets list items, page numbers go', async () => {
    const first =
      'Shoppers abandon the address form on mobile because the errors do not say what to fix, and support hears about it daily.';
    const second = 'The redesign keeps one page and saves the address as you type.';
    const risk =
      'Legal has to review the new consent text before the beta, which has taken four to six weeks in the past, so we start now.';
    const { bytes, lastLines } = await samplePdf([
      [
        { heading: 'Summary' },
        { body: first },
        { body: second },
        { heading: 'Success Metrics' },
        { body: '• Conversion up from 32% to 40%' },
        { body: '• Median time to pay under a minute' },
      ],
      [{ heading: 'RISKS' }, { body: risk }, { heading: 'Legal Review' }, { body: 'Book the review in week one.' }],
    ]);
    // The fixture wraps the first paragraph so its last line is short, which is what ends a paragraph.
    expect(lastLines[0]?.length).toBeLessThan(50);
    const doc = await readDocument(bytes, 'spec.pdf');
    expect(outline(doc)).toEqual([
      {
        heading: 'Summary',
        level: 2,
        path: ['Summary'],
        blocks: [
          ['paragraph', first],
          ['paragraph', second],
        ],
      },
      {
        heading: 'Success Metrics',
        level: 2,
        path: ['Success Metrics'],
        blocks: [
          ['list-item', 'Conversion up from 32% to 40%'],
          ['list-item', 'Median time to pay under a minute'],
        ],
      },
      { heading: 'RISKS', level: 1, path: ['RISKS'], blocks: [['paragraph', risk]] },
      { heading: 'Legal Review', level: 2, path: ['RISKS', 'Legal Review'], blocks: [['paragraph', 'Book the review in week one.']] },
    ]);
  });

  it('rejects damaged Word files, and zips that hold no Word document', async () => {
    const docx = await sampleDocx();
    expect(await failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'a.docx')).toBe(
      'is not a readable DOCX file (the archive is damaged)',
    );
    expect(await failure(docx.slice(0, Math.floor(docx.length / 2)), 'a.docx')).toBe(
      'is not a readable DOCX file (the archive is damaged)',
    );
    expect(await failure(replaceAscii(docx, 'word/document.xml', 'word/xocument.xml'), 'a.docx')).toBe(
      'is not a readable DOCX file (no Word document inside the archive)',
    );
    expect(await failure(encode('just text'), 'a.docx')).toBe('is not a readable DOCX file (not a zip archive)');
    expect(await failure(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'a.docx')).toBe(
      'is not a readable DOCX file (it is encrypted or an old .doc file)',
    );
  });

  it('rejects damaged PDFs and PDFs without a text layer', async () => {
    const garbage = new Uint8Array(2000).map((_, i) => (i * 7919) % 251);
    expect(await failure(new Uint8Array([...encode('%PDF-1.7\n'), ...garbage]), 'a.pdf')).toBe('is not a readable PDF file');
    expect(await failure(encode('<html>not a pdf</html>'), 'a.pdf')).toBe('is not a readable PDF file');
    const { bytes } = await samplePdf([[{ body: 'Some text.' }]]);
    expect(await failure(bytes.slice(0, 400), 'a.pdf')).toBe('is not a readable PDF file');
    const scan = await PDFDocument.create();
    scan.addPage().drawRectangle({ x: 50, y: 50, width: 200, height: 100 });
    expect(await failure(await scan.save(), 'scan.pdf')).toBe('has no text layer (a scanned PDF?); export it with text or paste the text');
  });

  it('rejects binary bytes where text was expected', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    expect(await failure(png, 'x.md')).toBe('looks binary, not text (is the extension right?)');
    expect(await failure(new Uint8Array([0x48, 0x69, 0x20, 0xc3, 0x28, 0x21]), 'x.txt')).toBe(
      'looks binary, not text (is the extension right?)',
    );
    expect(await failure(new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0x3c]), 'x.html')).toBe(
      'looks binary, not text (is the extension right?)',
    );
  });

  it('rejects empty, blank, oversized, textless and overlong documents', async () => {
    expect(await failure(new Uint8Array(0), 'empty.md')).toBe('is empty');
    expect(await failure(new Uint8Array(0), 'empty.pdf')).toBe('is empty');
    expect(await failure(encode('\ufeff \n\t\r\n'), 'blank.txt')).toBe('is empty');
    expect(await failure(new Uint8Array(50 * 1024 * 1024), 'big.md')).toBe('is 50 MB; documents can be at most 20 MB');
    expect(await failure(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'big.docx')).toBe('is 20.1 MB; documents can be at most 20 MB');
    expect(await failure(encode('<script>only()</script><!-- and a comment -->'), 'x.html')).toBe('has no text');
    expect(await failure(encode('<!-- instructions only -->'), 'x.md')).toBe('has no text');
    expect(await failure(encode('a '.repeat(2_600_000)), 'long.txt')).toBe(
      'has more than 5,000,000 characters of text (the budget for a document)',
    );
    expect(await failure(encode('Hi'), 'x.rtf')).toMatch(/^has an unsupported format \(\.rtf\)/);
  });
});

describe('reflowPdfPage', () => {
  const full = 'This line is as long as a full line of body text on the page, running margin to margin ok';

  it('ends a paragraph at a short line that closes a sentence and keeps wrapped lines together', () => {
    expect(reflowPdfPage(`${full}\nends here.\n${full}\n${full}\nlast.`)).toBe(`${full}\nends here.\n\n${full}\n${full}\nlast.`);
  });

  it('sets a heading apart only after the end of a paragraph, and only when it is short', () => {
    expect(reflowPdfPage(`${full}.\nNext Steps\n${full}`)).toBe(`${full}.\n\nNext Steps\n\n${full}`);
    expect(reflowPdfPage(`${full} and\nNext Steps\n${full}`)).toBe(`${full} and\nNext Steps\n${full}`);
  });

  it('joins a word hyphenated across lines, starts lists apart, and drops page numbers', () => {
    expect(reflowPdfPage(`Page 3 of 9\n${full} decision-\nmaking works.\n- one\n- two\n12`)).toBe(
      `${full} decision-making works.\n\n- one\n- two`,
    );
  });
});
