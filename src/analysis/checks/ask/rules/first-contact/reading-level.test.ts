import { describe, expect, it } from 'vitest';
import { textStats } from '../../../../engine/stats.js';
import { parseText } from '../../../../engine/text.js';
import { readingLevel } from './reading-level.js';

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

describe('the grade the warning names', () => {
  it('is the grade of the text stats', () => {
    const doc = parseText(
      'Considering organisational complexity, would you characterise monetisation methodologies as incompatible with procurement?',
    );
    const [finding] = readingLevel.check(doc, undefined);
    expect(finding?.message).toContain(`grade ${textStats(doc).readingGrade} `);
  });
});
