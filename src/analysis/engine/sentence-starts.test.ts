import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allExampleTexts } from '../../../test/helpers/examples.js';
import { sentenceStarts } from './sentence-starts.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const reference = (text: string) => [...segmenter.segment(text)].map((s) => s.index);

describe('sentence starts', () => {
  it('match the Unicode segmenter on every labelled example', () => {
    for (const text of allExampleTexts()) expect(sentenceStarts(text), text).toEqual(reference(text));
  });

  // Only characters the fast split handles, so every run exercises it.
  const plain = [
    'a',
    'b',
    'Z',
    'É',
    'é',
    '5',
    ' ',
    ' ',
    '\t',
    '\n',
    '\r',
    '\r\n',
    '.',
    '.',
    '!',
    '?',
    '"',
    "'",
    '(',
    ')',
    '[',
    ']',
    ',',
    ';',
    ':',
    '-',
    '’',
    '”',
    '“',
    '–',
    '—',
    '#',
    '%',
    'e.g.',
    'Dr.',
    '3.5',
    'U.S.',
  ];

  it('match the Unicode segmenter on any mix of letters, terminators, quotes, spaces and line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sentenceStarts(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('leave texts with other characters to the segmenter', () => {
    const other = ['…', '\u00a0', '。', '😀', '\u0301', '\u2029', '\u000b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plain, ...other), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(sentenceStarts(text)).toEqual(reference(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a greeting line, a question and a sign-off apart', () => {
    const text = 'Hi Maya,\nI read your post on pricing. Which metric did you watch first? Thanks!\n\nBest, Sam';
    const starts = sentenceStarts(text);
    const sentences = starts.map((s, i) => text.slice(s, starts[i + 1]));
    expect(sentences).toEqual([
      'Hi Maya,\n',
      'I read your post on pricing. ',
      'Which metric did you watch first? ',
      'Thanks!\n',
      '\n',
      'Best, Sam',
    ]);
  });
});
