import { describe, expect, it } from 'vitest';
import { parseNumberWords } from './number-words.js';
import { findQuantities } from './numbers.js';
import { parseText } from './text.js';

const read = (text: string) =>
  findQuantities(parseText(text)).map((q) => ({
    text: text.slice(q.start, q.end),
    value: q.value,
    unit: q.unit,
    ...(q.noun ? { noun: q.noun } : {}),
  }));

describe('parseNumberWords', () => {
  it.each([
    ['ten', 10],
    ['twenty-five', 25],
    ['a dozen', 12],
    ['two hundred and fifty thousand', 250_000],
    ['one and a half', 1.5],
    ['three million', 3_000_000],
  ])('%s → %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it('is undefined for other words', () => {
    expect(parseNumberWords('several')).toBeUndefined();
  });
});

describe('findQuantities', () => {
  it.each([
    ['grow by 15%', '15%', 15, 'percent'],
    ['by ten percent', 'ten percent', 10, 'percent'],
    ['by 15 per cent', '15 per cent', 15, 'percent'],
    ['by 5 points', '5 points', 5, 'points'],
    ['a 5-point lift', '5-point', 5, 'points'],
    ['by 5 percentage points', '5 percentage points', 5, 'points'],
    ['by 5pp', '5pp', 5, 'points'],
    ['by 50 bps', '50 bps', 0.5, 'points'],
    ['grow 2x', '2x', 2, 'multiple'],
    ['grow 3×', '3×', 3, 'multiple'],
    ['double it', 'double', 2, 'multiple'],
    ['triple it', 'triple', 3, 'multiple'],
    ['halve it', 'halve', 0.5, 'multiple'],
    ['cut it in half', 'in half', 0.5, 'multiple'],
    ['a threefold rise', 'threefold', 3, 'multiple'],
    ['cut by a third', 'a third', 33.33, 'percent'],
    ['add $250k', '$250k', 250_000, 'currency'],
    ['add €1.2M', '€1.2M', 1_200_000, 'currency'],
    ['save £40', '£40', 40, 'currency'],
    ['earn 250,000 dollars', '250,000 dollars', 250_000, 'currency'],
    ['earn $1.5 million', '$1.5 million', 1_500_000, 'currency'],
    ['earn USD 2M', 'USD 2M', 2_000_000, 'currency'],
    ['earn ₹50 lakh', '₹50 lakh', 5_000_000, 'currency'],
    ['earn A$80k', 'A$80k', 80_000, 'currency'],
    ['a 30-day window', '30-day', 30, 'duration'],
    ['load in 500ms', '500ms', 500, 'measure'],
  ])('%j reads %j', (text, span, value, unit) => {
    expect(read(text)).toEqual([expect.objectContaining({ text: span, value, unit })]);
  });

  it('reads counts with their noun', () => {
    expect(read('ship 12 growth experiments to production')).toEqual([
      { text: '12', value: 12, unit: 'count', noun: 'growth experiments' },
    ]);
    expect(read('run twenty-five interviews')).toEqual([{ text: 'twenty-five', value: 25, unit: 'count', noun: 'interviews' }]);
    expect(read('from 1,200 to 2,000 sign-ups')).toEqual([
      { text: '1,200', value: 1200, unit: 'number' },
      { text: '2,000', value: 2000, unit: 'count', noun: 'sign-ups' },
    ]);
  });

  it('marks denominators, signs and years', () => {
    const [per] = findQuantities(parseText('tickets per 1,000 active users'));
    expect(per).toMatchObject({ value: 1000, denominator: true });
    const [signed] = findQuantities(parseText('NPS +10 points'));
    expect(signed).toMatchObject({ value: 10, unit: 'points', sign: '+' });
    expect(read('the 2027 strategy')).toEqual([{ text: '2027', value: 2027, unit: 'year' }]);
  });

  it.each(['week-1 activation', 'D7 retention', 'by Q2', 'on the 31st', 'at 9am', 'p95 latency'])(
    'skips numbers glued to words in %j',
    (text) => {
      expect(read(text)).toEqual([]);
    },
  );

  it('does not read a number twice', () => {
    expect(read('$1.5 million and two hundred')).toEqual([
      { text: '$1.5 million', value: 1_500_000, unit: 'currency' },
      { text: 'two hundred', value: 200, unit: 'number' },
    ]);
  });

  it('keeps offsets inside any text', () => {
    for (const text of ['', '%%%', '$', '1,', '9'.repeat(400), '£££5kk', 'a dozen dozen']) {
      for (const q of findQuantities(parseText(text))) expect(q.start >= 0 && q.end <= text.length && q.start < q.end).toBe(true);
    }
  });
});
