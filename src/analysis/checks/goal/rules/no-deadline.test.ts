import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { noDeadline } from './no-deadline.js';

const check = (text: string) => {
  const doc = parseText(text);
  return noDeadline.check(doc, goalContext(doc, '2026-11-27'));
};
const spans = (text: string) => check(text).map((f) => text.slice(f.start, f.end));

describe('no-deadline', () => {
  it.each([
    ['Increase activation by 10%.', ['Increase activation by 10%.']],
    ['get better at data analysis asap', ['asap']],
    ['Increase engagement by 20% over time.', ['over time']],
    ['Increase sign-ups from 1,000 to 1,500 per week.', ['per week']],
    ['Increase retention by 5 points eventually.', ['eventually']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Increase activation by 10% within six months.',
    'Ship 12 experiments by the end of May 2027.',
    'Grow ARR by $1M by end of Q2.',
    'Within a year, grow monthly active users by 50%.',
    'Cut churn by 2 points in 16 weeks.',
    'Raise NPS by 8 points by 31 March 2027.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests a deadline four months out', () => {
    expect(check('Reduce churn from 6% to 4%.')[0]?.suggestion).toBe('Reduce churn from 6% to 4% by 31 March 2027.');
  });
});
