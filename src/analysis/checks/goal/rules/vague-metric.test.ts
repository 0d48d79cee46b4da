import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { vagueMetric } from './vague-metric.js';

const spans = (text: string) => {
  const doc = parseText(text);
  return vagueMetric.check(doc, goalContext(doc, '2026-11-27')).map((f) => text.slice(f.start, f.end));
};

describe('vague-metric', () => {
  it.each([
    ['Make users happier by the end of Q1 2027.', ['happier']],
    ['Grow revenue significantly by the end of Q1 2027.', ['significantly']],
    ['Improve our NPS to a world-class level by the end of 2027.', ['world-class']],
    ['Improve the onboarding experience.', ['onboarding experience']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Increase activation by 10% within six months.',
    'Create a better roadmap.',
    'Understand our users better by the end of next quarter.',
    'Raise NPS from 32 to 40 by June 2027.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
