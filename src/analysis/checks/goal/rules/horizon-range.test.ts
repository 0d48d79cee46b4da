import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { horizonRange } from './horizon-range.js';

const spans = (text: string, today = '2026-11-27') => {
  const doc = parseText(text);
  return horizonRange.check(doc, goalContext(doc, today)).map((f) => text.slice(f.start, f.end));
};

describe('horizon-range', () => {
  it.each([
    ['Lift email click-through rate by 5 percentage points by 31 December 2026.', ['31 December 2026']],
    ['Ship 5 A/B tests on the checkout page in 10 weeks.', ['in 10 weeks']],
    ['Increase ARR by $1.5M by the end of 2027.', ['the end of 2027']],
    ['Grow MAU by 50% within a year.', ['within a year']],
    ['Lower the refund rate from 8% to 5% by 30 June 2027.', ['30 June 2027']],
    ['Cut churn by 10% by 31 March 2026.', ['31 March 2026']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Grow ARR by $1M within six months.',
    'Cut onboarding drop-off by 20% within 90 days.',
    'Raise NPS by 8 points by the end of April 2027.',
    'Increase activation by 10%.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('reads the horizon from the reference date', () => {
    expect(spans('Raise NPS by 8 points by the end of April 2027.', '2027-03-01')).toEqual(['end of April 2027']);
  });
});
