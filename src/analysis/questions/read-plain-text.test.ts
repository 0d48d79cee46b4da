import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from './document.js';
import { plainHeadingLevel, readPlainText } from './read-plain-text.js';

function outline(doc: DocumentModel) {
  return doc.sections.map((s) => {
    expect(doc.text.slice(s.headingStart, s.headingEnd)).toBe(s.heading);
    return { heading: s.heading, level: s.level, path: s.path, blocks: s.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]) };
  });
}

describe('plainHeadingLevel', () => {
  it.each([
    ['1. Introduction', 1],
    ['2.3 Goals', 2],
    ['2.3.1. Open Questions', 3],
    ['III. Scope', 1],
    ['10 Things We Learned', 1],
    ['2.1 Problem statement', 2],
    ['SUCCESS METRICS', 1],
    ['Success Metrics', 2],
    ['Open Questions and Next Steps', 2],
    ['Risks:', 2],
    ['Goals', 2],
    ['Trade-offs', 2],
    ['Stage 1: Getting to Know Each Other', 2],
  ])('%j is a heading of level %i', (line, level) => {
    expect(plainHeadingLevel(line)).toBe(level);
  });

  it.each([
    'We should ship this.',
    'Is this the right goal?',
    'Hello Team,',
    'Meeting with Sarah tomorrow',
    'Success metrics',
    '1. Buy milk',
    '1) Introduction',
    '- Goals',
    '• Goals',
    '123 Main Street',
    '10 users signed up',
    'Launch Plan For The Mobile Checkout Redesign And The Desktop Checkout Too',
    'A Very Long Title Case Line That Goes On And On Well Past The Eighty Character Limit',
    'Goals and',
    'Cancel Vitally –',
    'Created: 2021-10-05',
    'Authors: Roland Shoemaker, Filippo Valsorda',
    'Option::is_some_and',
    '[2:2] = 3 Meeting Expectations',
    '**Bold Label**',
    'See https://Example.com',
    '2024',
    '',
    '---',
  ])('%j is not a heading', (line) => {
    expect(plainHeadingLevel(line)).toBe(0);
  });
});

describe('readPlainText', () => {
  it('splits blocks at blank lines, joins wrapped lines and finds headings and lists', () => {
    const doc = readPlainText(
      [
        'PRODUCT BRIEF',
        '',
        '1. Introduction',
        'This document describes',
        'the new checkout.',
        '',
        '1.1 Goals',
        '',
        '- Cut drop-off',
        '  by half',
        '* Pay faster',
        '• Fewer clicks',
        '',
        'Risks:',
        '1) Legal may block it',
        '2) Budget',
        '',
        'Success metrics',
        '===============',
        'Conversion up 5%.',
        '',
        'Open questions',
        '--------------',
        'Who owns it?',
      ].join('\r\n'),
    );
    expect(outline(doc)).toEqual([
      { heading: 'PRODUCT BRIEF', level: 1, path: ['PRODUCT BRIEF'], blocks: [] },
      {
        heading: '1. Introduction',
        level: 1,
        path: ['1. Introduction'],
        blocks: [['paragraph', 'This document describes the new checkout.']],
      },
      {
        heading: '1.1 Goals',
        level: 2,
        path: ['1. Introduction', '1.1 Goals'],
        blocks: [
          ['list-item', 'Cut drop-off by half'],
          ['list-item', 'Pay faster'],
          ['list-item', 'Fewer clicks'],
        ],
      },
      {
        heading: 'Risks:',
        level: 2,
        path: ['1. Introduction', 'Risks:'],
        blocks: [
          ['list-item', 'Legal may block it'],
          ['list-item', 'Budget'],
        ],
      },
      { heading: 'Success metrics', level: 1, path: ['Success metrics'], blocks: [['paragraph', 'Conversion up 5%.']] },
      { heading: 'Open questions', level: 2, path: ['Success metrics', 'Open questions'], blocks: [['paragraph', 'Who owns it?']] },
    ]);
    expect(doc.title).toBe('PRODUCT BRIEF');
  });

  it('keeps text before the first heading in a section without a heading', () => {
    const doc = readPlainText('Some intro text here.\n\nGoals\n\nShip it.');
    expect(outline(doc)).toEqual([
      { heading: '', level: 0, path: [], blocks: [['paragraph', 'Some intro text here.']] },
      { heading: 'Goals', level: 2, path: ['Goals'], blocks: [['paragraph', 'Ship it.']] },
    ]);
  });

  it('does not take a numbered list or a block of short names for a heading', () => {
    expect(outline(readPlainText('Intro.\n\n1. Buy Milk\n2. Get Eggs\n\nJohn Smith\nJane Doe\nBob Ray\n\nEnd.'))).toEqual([
      {
        heading: '',
        level: 0,
        path: [],
        blocks: [
          ['paragraph', 'Intro.'],
          ['list-item', 'Buy Milk'],
          ['list-item', 'Get Eggs'],
          ['paragraph', 'John Smith Jane Doe Bob Ray'],
          ['paragraph', 'End.'],
        ],
      },
    ]);
  });

  it('reads headings with nothing after them at the end as paragraphs (a sign-off, not a section)', () => {
    const doc = readPlainText('Summary\n\nWe ship in May.\n\nThanks\n\nSam');
    expect(outline(doc)).toEqual([
      {
        heading: 'Summary',
        level: 2,
        path: ['Summary'],
        blocks: [
          ['paragraph', 'We ship in May.'],
          ['paragraph', 'Thanks'],
          ['paragraph', 'Sam'],
        ],
      },
    ]);
  });

  it('drops separator lines and ignores form feeds and surrounding whitespace', () => {
    const doc = readPlainText('  First part.  \n\n-----\n\n***\f\tSecond part.\n');
    expect(outline(doc).flatMap((s) => s.blocks)).toEqual([
      ['paragraph', 'First part.'],
      ['paragraph', 'Second part.'],
    ]);
  });

  it('reads empty and blank text as no sections', () => {
    expect(readPlainText('')).toEqual({ text: '', title: null, sections: [] });
    expect(readPlainText(' \n\n\t\n').sections).toEqual([]);
  });

  it('never throws and keeps every block a non-empty slice of the text', () => {
    const line = fc.constantFrom(
      'Goals',
      'GOALS',
      '1. Intro',
      '2.3 Scope',
      '- item',
      '1) item',
      '===',
      '---',
      'Some text.',
      'word',
      '',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const doc = readPlainText(lines.join('\n'));
        for (const section of doc.sections) {
          for (const block of section.blocks) expect(doc.text.slice(block.start, block.end).trim()).not.toBe('');
        }
      }),
    );
  });

  it('is linear on a long single line and on many short lines', () => {
    const started = performance.now();
    expect(readPlainText('word '.repeat(400_000)).sections).toHaveLength(1);
    expect(readPlainText('Heading Line\n'.repeat(100_000)).sections).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
