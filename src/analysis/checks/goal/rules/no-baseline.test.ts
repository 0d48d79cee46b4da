import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { noBaseline } from './no-baseline.js';

const spans = (text: string) => {
  const doc = parseText(text);
  return noBaseline.check(doc, goalContext(doc, '2026-11-27')).map((f) => text.slice(f.start, f.end));
};

describe('no-baseline', () => {
  it.each([
    ['Increase activation by 10% within six months.', ['activation']],
    ['Grow marketplace GMV by $3M in the next six months.', ['marketplace GMV']],
    ['Triple the number of paying API customers in six months.', ['number of paying API customers']],
    ['Increase activation by 10% and reduce churn by 5% within six months.', ['activation', 'churn']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Increase week-1 activation from 30% to 40% by the end of Q1 2027.',
    'Grow ARPU from $42 to $50 by the end of Q2 2027.',
    'Activation is 30% today. Raise it to 40% by the end of Q1 2027.',
    'Ship 12 experiments by May 2027.',
    'Improve conversion in 4 months.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
