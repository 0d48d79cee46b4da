import { describe, expect, it } from 'vitest';
import { textStats } from '../../../../engine/stats.js';
import { parseText } from '../../../../engine/text.js';
import { readingGradeOf, readingLevel } from './reading-level.js';

const fires = (text: string) => readingLevel.check(parseText(text), undefined).length > 0;

describe('reading-level', () => {
  it('warns above grade 8', () => {
    expect(
      fires(
        'Considering organisational complexity, would you characterise monetisation experimentation methodologies as fundamentally incompatible with enterprise procurement expectations?',
      ),
    ).toBe(true);
  });

  it.each(['Your talk on churn was great. Do you cut cohorts by week or by month?', ''])('passes %j', (text) => {
    expect(fires(text)).toBe(false);
  });
});

describe('readingGradeOf', () => {
  it.each([
    'Your talk on churn was great. Do you cut cohorts by week or by month?',
    'Considering organisational complexity, would you characterise monetisation methodologies as incompatible?',
    'In 2024 we had 3 plans and 12,000 users. Did you see 15% churn?',
    'mentorship'.repeat(20),
    '',
  ])('matches textStats for %j', (text) => {
    const doc = parseText(text);
    expect(readingGradeOf(doc)).toBe(textStats(doc).readingGrade);
  });
});
