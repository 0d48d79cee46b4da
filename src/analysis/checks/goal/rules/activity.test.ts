import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { activity } from './activity.js';

const spans = (text: string) => {
  const doc = parseText(text);
  return activity.check(doc, goalContext(doc, '2026-11-27')).map((f) => text.slice(f.start, f.end));
};

describe('activity', () => {
  it.each([
    ['Learn SQL in 3 months.', ['Learn']],
    ['Read 5 books on pricing by the end of Q1 2027.', ['Read']],
    ['Study 10 gold-standard PRDs by the end of January 2027.', ['Study']],
    ['Get better at stakeholder management by March 2027.', ['Get better at']],
    ['I want to improve myself in product sense.', ['improve myself']],
    ['Finish the data-analysis bootcamp by February.', ['Finish the data-analysis bootcamp']],
    ['Take the Reforge growth series this quarter.', ['Take']],
    ['Become the go-to person for pricing by Q3.', ['Become']],
    ['Get promoted to Group PM within a year.', ['Get promoted']],
    ['Practise writing PRDs every week.', ['Practise']],
    ['Learn how top PMs write strategy docs.', ['Learn']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Use what I learn in the pricing course to grow ARPU by 10% within six months.',
    'Learn enough SQL to build a churn dashboard that the CS team uses, by end of February 2027.',
    'Increase activation from 30% to 40% by the end of Q1 2027.',
    'Publish 4 case studies with enterprise customers by end of Q1 2027.',
    'Grow the business.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
