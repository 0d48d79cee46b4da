/*
 * Realistic product documents for the import benchmark: a title, then per page an H1 section
 * (Summary, Problem, Goals, Success metrics, Risks, Timeline …) with H2 subsections, prose,
 * a bullet list and sometimes a table, about 450 words a page. Deterministic: the same page
 * count always gives the same text.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from 'docx';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { seeded } from '../test/helpers/seeded.js';

const sections = ['Summary', 'Problem', 'Goals', 'Success Metrics', 'Risks', 'Timeline', 'Customer Evidence', 'Open Questions'];
const subsections = ['Background', 'What We Heard', 'Scope', 'Dependencies', 'Trade-offs', 'Next Steps'];
/** Subjects with their verb forms chosen to agree: [text, plural?]. */
const subjects: Array<[string, boolean]> = [
  ['Returning customers', true],
  ['The payments team', false],
  ['Our support queue', false],
  ['Mobile shoppers', true],
  ['The new checkout flow', false],
  ['Enterprise admins', true],
  ['First-time buyers', true],
  ['The data platform', false],
];
/** Verbs as [plural, singular]. */
const verbs: Array<[string, string]> = [
  ['abandon', 'abandons'],
  ['depend on', 'depends on'],
  ['struggle with', 'struggles with'],
  ['ask about', 'asks about'],
  ['report problems with', 'reports problems with'],
  ['spend more time on', 'spends more time on'],
  ['rarely finish', 'rarely finishes'],
  ['expect', 'expects'],
];
const objects = [
  'the address form',
  'saved payment methods',
  'the order summary',
  'delivery estimates',
  'promo codes',
  'the confirmation email',
  'guest checkout',
  'the refund policy',
];
const tails = [
  'when the page loads slowly on a weak connection',
  'because the error messages do not say what to fix',
  'during the holiday peak, when traffic triples',
  'after the last redesign moved the button below the fold',
  'which costs us an estimated 4% of weekly revenue',
  'according to the interviews we ran in March',
  'even though the feature has existed for two years',
  'unless a sales engineer walks them through it',
];
const openers = [
  'In practice,',
  'Last quarter,',
  'As a result,',
  'By contrast,',
  'Today,',
  'In the survey,',
  'Since launch,',
  'Meanwhile,',
];
/** The bullet items the generated documents draw from. */
export const listItems = [
  'Cut checkout abandonment from 68% to 60% by the end of Q3',
  'Keep page weight under 300 KB on mobile',
  'Ship behind a flag to 5% of traffic first',
  'Agree the rollback plan with the on-call team',
  'Review the copy with legal before the beta',
  'Measure time to first purchase for new accounts',
];

interface Page {
  heading: string;
  blocks: Array<{ sub: string; paragraphs: string[]; bullets: string[] }>;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Three different items, in list order from a random start. */
function threeOf(random: () => number, items: readonly string[]): string[] {
  const start = Math.floor(random() * items.length);
  return [0, 1, 2].map((k) => items[(start + k * 2) % items.length] ?? '');
}

function sentence(random: () => number): string {
  const [subject, plural] = pick(random, subjects);
  const [many, one] = pick(random, verbs);
  const body = `${subject} ${plural ? many : one} ${pick(random, objects)} ${pick(random, tails)}.`;
  return random() < 0.4 ? `${pick(random, openers)} ${body[0]?.toLowerCase()}${body.slice(1)}` : body;
}

function paragraph(random: () => number, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(random);
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
}

/** The content of `pages` pages: each about 450 words under one H1 and two H2s. */
function pagesOf(pages: number): Page[] {
  const random = seeded(20240611);
  return Array.from({ length: pages }, (_, i) => ({
    heading: `${sections[i % sections.length]}${i >= sections.length ? ` for Phase ${Math.floor(i / sections.length) + 1}` : ''}`,
    blocks: [0, 1].map((k) => ({
      sub: subsections[(i * 2 + k) % subsections.length] ?? 'Notes',
      paragraphs: [paragraph(random, 85), paragraph(random, 70), paragraph(random, 45)],
      bullets: k === 0 ? threeOf(random, listItems) : [],
    })),
  }));
}

const title = 'Checkout Redesign: Product Requirements';

/** A Word document of `pages` pages (each starts on a new page) with headings in Word's heading styles, lists and tables. */
export async function makeDocx(pages: number): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const [i, page] of pagesOf(pages).entries()) {
    children.push(new Paragraph({ text: page.heading, heading: HeadingLevel.HEADING_1, pageBreakBefore: i > 0 }));
    for (const block of page.blocks) {
      children.push(new Paragraph({ text: block.sub, heading: HeadingLevel.HEADING_2 }));
      for (const text of block.paragraphs) children.push(new Paragraph({ text }));
      for (const text of block.bullets) children.push(new Paragraph({ text, bullet: { level: 0 } }));
    }
    if (i % 3 === 0) {
      const cells = [
        ['Metric', 'Baseline', 'Target'],
        ['Checkout conversion', '32%', '40%'],
        ['Median time to pay', '94 s', '60 s'],
      ];
      const rows = cells.map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  const doc = new Document({ creator: 'understudy bench', title, sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/** Draws text wrapped to the page width and returns the next baseline. */
function drawWrapped(page: PDFPage, text: string, font: PDFFont, size: number, y: number): number {
  const width = page.getWidth() - 144;
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (font.widthOfTextAtSize(next, size) > width && line !== '') {
      page.drawText(line, { x: 72, y, size, font });
      y -= size * 1.35;
      line = word;
    } else {
      line = next;
    }
  }
  if (line !== '') page.drawText(line, { x: 72, y, size, font });
  return y - size * 1.35;
}

/** A PDF of `pages` Letter pages in Helvetica: bold headings, wrapped prose, bullets and a page number. */
export async function makePdf(pages: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreationDate(new Date(Date.UTC(2024, 5, 11)));
  pdf.setModificationDate(new Date(Date.UTC(2024, 5, 11)));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [i, content] of pagesOf(pages).entries()) {
    const page = pdf.addPage([612, 792]);
    let y = 720;
    if (i === 0) y = drawWrapped(page, title, bold, 20, y) - 8;
    y = drawWrapped(page, content.heading, bold, 16, y) - 4;
    for (const block of content.blocks) {
      y = drawWrapped(page, block.sub, bold, 12.5, y);
      for (const text of block.paragraphs) y = drawWrapped(page, text, regular, 10, y) - 5;
      for (const text of block.bullets) y = drawWrapped(page, `• ${text}`, regular, 10, y);
      y -= 6;
    }
    page.drawText(String(i + 1), { x: 300, y: 40, size: 9, font: regular });
  }
  return pdf.save();
}
