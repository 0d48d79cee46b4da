import { describe, expect, it } from 'vitest';
import { drawPdf, heading, outline, para, paragraphs } from '../../../test/helpers/draw-pdf.js';
import { readPdf } from './read-pdf.js';

const { first, second, third } = paragraphs;

describe('readPdf: headings and blocks', () => {
  it('ranks three heading sizes into levels 1, 2 and 3', async () => {
    const doc = await readPdf(
      await drawPdf([
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
      await drawPdf([
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
      await drawPdf([
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
      await drawPdf([
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
      await drawPdf([
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
      await drawPdf([
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
});
