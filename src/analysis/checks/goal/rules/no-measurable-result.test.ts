import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { noMeasurableResult } from './no-measurable-result.js';

const check = (text: string) => {
  const doc = parseText(text);
  return noMeasurableResult.check(doc, goalContext(doc, '2026-11-27'));
};
const spans = (text: string) => check(text).map((f) => text.slice(f.start, f.end));

describe('no-measurable-result', () => {
  it.each([
    ['Improve conversion in 4 months.', ['conversion']],
    ['Grow revenue significantly by the end of Q1 2027.', ['revenue']],
    ['Write a pricing strategy by the end of March 2027.', ['pricing strategy']],
    ['Put together a monetization strategy deck in the next 3 months.', ['monetization strategy deck']],
    ['Ship more experiments.', ['more experiments']],
    ['Grow the business.', ['Grow the business.']],
    ['Make our users happier by the end of Q1 2027.', ['Make our users happier by the end of Q1 2027.']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Increase week-1 activation from 30% to 40% by the end of Q1 2027.',
    'Raise free-to-paid conversion by ten percent within four months.',
    'Double the number of weekly active teams by the end of May 2027.',
    'Grow expansion revenue by €400k within two quarters.',
    'Ship 20 pricing experiments to live traffic by the end of 2027.',
    'Deliver a competitive teardown, approved by the VP of Product, in 3 months.',
    'Launch the referral programme to all UK customers within six months.',
    'Get the CEO to approve a new pricing model.',
    'Learn SQL in 3 months.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests a rewrite skeleton with what is known', () => {
    expect(check('Reduce churn by the end of Q1 2027.')[0]?.suggestion).toBe('Reduce churn from [baseline] to [target] by 31 March 2027');
    expect(check('Write a pricing strategy.')[0]?.suggestion).toBe('Get pricing strategy approved by [who] by 31 March 2027');
  });
});
