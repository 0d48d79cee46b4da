import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { listItems, makePdf } from '../../../bench/documents.js';
import { DocumentError, type DocumentModel } from './document.js';
import { readPdf } from './read-pdf.js';

/** A line drawn on a page: `space` is extra room above it, on top of 1.3 line heights; `lead` opens it in bold. */
interface Row {
  text: string;
  lead?: string;
  size?: number;
  bold?: boolean;
  mono?: boolean;
  x?: number;
  space?: number;
}
/** A line drawn at a fixed height on every page, such as a header or footer. */
type Furniture = (page: number, pages: number) => Array<{ text: string; y: number; x?: number; size?: number }>;

/** A paragraph's words wrapped to lines of at most 80 characters (about the width of a page at 11 pt), with room above. */
function para(text: string, space = 8): Row[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 80) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.map((line, i) => ({ text: line, space: i === 0 ? space : 0 }));
}

const heading = (text: string, size: number, bold = true): Row => ({ text, size, bold, space: 10 });

/** A Letter-size PDF in Helvetica, one list of rows per page, drawn top down. */
async function pdfOf(pages: Row[][], furniture?: Furniture): Promise<Uint8Array> {
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
function outline(doc: DocumentModel) {
  return doc.sections.map((s) => {
    expect(doc.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    for (const b of s.blocks) expect(doc.text.slice(b.start, b.end)).not.toMatch(b.kind === 'code' ? /^\s|\s$/ : /^\s|\s$|\n/);
    return { heading: s.heading, level: s.level, path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) };
  });
}

const first = 'Shoppers abandon the address form on mobile because the errors do not say what to fix, and support hears about it daily.';
const second = 'The redesign keeps one page and saves the address as you type, so nobody loses what they entered.';
const third = 'Legal has to review the new consent text before the beta, which has taken four to six weeks in the past.';

describe('readPdf', () => {
  it('ranks three heading sizes into levels 1, 2 and 3', async () => {
    const doc = await readPdf(
      await pdfOf([
        [heading('Checkout', 24), ...para(first), heading('Goals', 18), ...para(second), heading('Mobile shoppers', 14), ...para(third)],
        [heading('Risks', 14), ...para(third), heading('Launch', 24), heading('Legal review', 18), ...para(first)],
      ]),
    );
    expect(doc.title).toBe('Checkout');
    expect(outline(doc)).toEqual([
      { heading: 'Checkout', level: 1, path: ['Checkout'], blocks: [['paragraph', first]] },
      { heading: 'Goals', level: 2, path: ['Checkout', 'Goals'], blocks: [['paragraph', second]] },
      { heading: 'Mobile shoppers', level: 3, path: ['Checkout', 'Goals', 'Mobile shoppers'], blocks: [['paragraph', third]] },
      { heading: 'Risks', level: 3, path: ['Checkout', 'Goals', 'Risks'], blocks: [['paragraph', third]] },
      { heading: 'Launch', level: 1, path: ['Launch'], blocks: [] },
      { heading: 'Legal review', level: 2, path: ['Launch', 'Legal review'], blocks: [['paragraph', first]] },
    ]);
  });

  it('finds sentence-case headings in a larger regular font, and keeps larger sentences and paragraphs as text', async () => {
    const doc = await readPdf(
      await pdfOf([
        [
          heading('Problem statement', 14, false),
          ...para(first),
          heading('Success metrics', 14, false),
          ...para(second),
          heading('Conversion goes up.', 14, false),
          ...para(third).map((row) => ({ ...row, size: 14 })),
        ],
      ]),
    );
    expect(outline(doc)).toEqual([
      { heading: 'Problem statement', level: 1, path: ['Problem statement'], blocks: [['paragraph', first]] },
      {
        heading: 'Success metrics',
        level: 1,
        path: ['Success metrics'],
        blocks: [
          ['paragraph', second],
          ['paragraph', 'Conversion goes up.'],
          ['paragraph', third],
        ],
      },
    ]);
  });

  it('finds a bold heading at body size standing alone, but not a short regular line or a bold lead-in', async () => {
    const doc = await readPdf(
      await pdfOf([
        [
          ...para(first),
          { text: 'Next steps', bold: true, space: 8 },
          ...para(second),
          { text: 'Thanks, Ana', space: 8 },
          { lead: 'Decision owner:', text: 'Ana', space: 8 },
          { text: 'Open questions', bold: true, space: 8 },
          ...para(third),
        ],
      ]),
    );
    expect(outline(doc)).toEqual([
      { heading: '', level: 0, path: [], blocks: [['paragraph', first]] },
      {
        heading: 'Next steps',
        level: 1,
        path: ['Next steps'],
        blocks: [
          ['paragraph', second],
          ['paragraph', 'Thanks, Ana'],
          ['paragraph', 'Decision owner: Ana'],
        ],
      },
      { heading: 'Open questions', level: 1, path: ['Open questions'], blocks: [['paragraph', third]] },
    ]);
  });

  it('joins wrapped lines with spaces, across a page break and a hyphen, and ends paragraphs at gaps, indents and short closing lines', async () => {
    const doc = await readPdf(
      await pdfOf([
        [
          heading('Summary', 16),
          { text: 'Shoppers abandon the address form on mobile because the errors do not say what', space: 8 },
          { text: 'to fix. We keep the old flow for one more release so that the checkout decision-' },
          { text: 'making stays with the payments team, as agreed with finance and legal in May.' },
          { text: 'A new paragraph starts with an indent and no gap, as in a printed report, and', x: 90 },
          { text: 'carries on at the margin.' },
          ...para(second, 0),
          { text: 'The rollout starts in the first week of June for five percent of traffic and then', space: 8 },
        ],
        [{ text: 'grows to everyone by the end of July.' }],
      ]),
    );
    expect(outline(doc)).toEqual([
      {
        heading: 'Summary',
        level: 1,
        path: ['Summary'],
        blocks: [
          [
            'paragraph',
            'Shoppers abandon the address form on mobile because the errors do not say what to fix. We keep the old flow for one more release so that the checkout decision-making stays with the payments team, as agreed with finance and legal in May.',
          ],
          ['paragraph', 'A new paragraph starts with an indent and no gap, as in a printed report, and carries on at the margin.'],
          ['paragraph', second],
          [
            'paragraph',
            'The rollout starts in the first week of June for five percent of traffic and then grows to everyone by the end of July.',
          ],
        ],
      },
    ]);
  });

  it('reads bullets, dashes, numbers and letters as list items, with wrapped items joined', async () => {
    const doc = await readPdf(
      await pdfOf([
        [
          heading('Plan', 16),
          { text: 'We will:', space: 8 },
          { text: '• Cut drop-off on small screens' },
          { text: '• Save the address as the shopper types it, so that a reload or a lost connection' },
          { text: 'keeps what they entered', x: 82 },
          { text: '– Keep one page', space: 6 },
          { text: '1. Ship to 5% of traffic', space: 6 },
          { text: '2. Ship to everyone' },
          { text: 'a) with a flag', space: 6 },
          { text: 'b) without one' },
          ...para('That is all.'),
        ],
      ]),
    );
    expect(outline(doc)[0]?.blocks).toEqual([
      ['paragraph', 'We will:'],
      ['list-item', 'Cut drop-off on small screens'],
      ['list-item', 'Save the address as the shopper types it, so that a reload or a lost connection keeps what they entered'],
      ['list-item', 'Keep one page'],
      ['list-item', 'Ship to 5% of traffic'],
      ['list-item', 'Ship to everyone'],
      ['list-item', 'with a flag'],
      ['list-item', 'without one'],
      ['paragraph', 'That is all.'],
    ]);
  });

  it('keeps lines in a monospace font as one code block, line by line, rather than as headings', async () => {
    const doc = await readPdf(
      await pdfOf([
        [
          heading('Install', 16),
          ...para(first),
          { text: 'npm install understudy', mono: true, space: 8 },
          { text: 'understudy --version', mono: true },
          ...para(second),
        ],
      ]),
    );
    expect(outline(doc)[0]?.blocks).toEqual([
      ['paragraph', first],
      ['code', 'npm install understudy\nunderstudy --version'],
      ['paragraph', second],
    ]);
  });

  it('drops page numbers and headers and footers repeated on most pages, but not headings that repeat', async () => {
    const furniture: Furniture = (page, pages) => [
      { text: 'ACME CONFIDENTIAL', y: 760 },
      { text: `Page ${page} of ${pages}`, y: 30, x: 280 },
    ];
    const doc = await readPdf(
      await pdfOf(
        [
          [heading('Week 1', 16), ...para(first)],
          [heading('Week 2', 16), ...para(second)],
          [heading('Week 3', 16), ...para(third)],
        ],
        furniture,
      ),
    );
    expect(outline(doc)).toEqual([
      { heading: 'Week 1', level: 1, path: ['Week 1'], blocks: [['paragraph', first]] },
      { heading: 'Week 2', level: 1, path: ['Week 2'], blocks: [['paragraph', second]] },
      { heading: 'Week 3', level: 1, path: ['Week 3'], blocks: [['paragraph', third]] },
    ]);
    expect(doc.text).not.toMatch(/ACME|Page \d/);
  });

  it('falls back to the shape of the text when every line has one size and font', async () => {
    const doc = await readPdf(
      await pdfOf([[{ text: 'GOALS' }, ...para(first), { text: 'Next Steps', space: 8 }, ...para(second), { text: '7', space: 300 }]]),
    );
    expect(outline(doc)).toEqual([
      { heading: 'GOALS', level: 1, path: ['GOALS'], blocks: [['paragraph', first]] },
      { heading: 'Next Steps', level: 2, path: ['GOALS', 'Next Steps'], blocks: [['paragraph', second]] },
    ]);
  });

  it('reads the 20-page benchmark document as the generator wrote it', async () => {
    const doc = await readPdf(await makePdf(20));
    const sections = ['Summary', 'Problem', 'Goals', 'Success Metrics', 'Risks', 'Timeline', 'Customer Evidence', 'Open Questions'];
    const subsections = ['Background', 'What We Heard', 'Scope', 'Dependencies', 'Trade-offs', 'Next Steps'];
    const expected = Array.from({ length: 20 }, (_, i) => {
      const h1 = `${sections[i % 8]}${i >= 8 ? ` for Phase ${Math.floor(i / 8) + 1}` : ''}`;
      const [a, b] = [subsections[(i * 2) % 6] ?? '', subsections[(i * 2 + 1) % 6] ?? ''];
      return [
        { heading: h1, level: 1, path: [h1], kinds: '' },
        { heading: a, level: 2, path: [h1, a], kinds: 'ppplll' },
        { heading: b, level: 2, path: [h1, b], kinds: 'ppp' },
      ];
    }).flat();
    expect(doc.title).toBe('Checkout Redesign: Product Requirements');
    const got = outline(doc).map((s) => ({ ...s, kinds: s.blocks.map(([kind]) => kind?.[0]).join(''), blocks: undefined }));
    expect(got).toEqual(expected.map((s) => ({ ...s, blocks: undefined })));
    const bullets = new Set(listItems);
    const odd = doc.sections.flatMap((s) =>
      s.blocks
        .map((b) => [b.kind, doc.text.slice(b.start, b.end)] as const)
        .filter(([kind, text]) => (kind === 'list-item' ? !bullets.has(text) : !/^[A-Z][^\n]{150,}\.$/.test(text))),
    );
    expect(odd).toEqual([]);
  });

  it('rejects damaged and cut PDFs with a DocumentError and nothing else', async () => {
    const bytes = await pdfOf([[heading('Summary', 16), ...para(first)], [...para(second)]]);
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.nat(255), fc.boolean(), async (at, byte, cut) => {
        const broken = cut ? bytes.slice(0, at) : bytes.slice();
        if (!cut) broken[at] = byte;
        const result = await readPdf(broken).then(
          (doc) => doc,
          (error: unknown) => error,
        );
        if (result instanceof Error) expect(result).toBeInstanceOf(DocumentError);
      }),
      { numRuns: 40 },
    );
  });
});
