import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { careerPath } from './career-path.js';

const spans = (text: string) => careerPath.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('career-path', () => {
  it.each([
    ['How did you move from design into product management?', ['How did you move from design into product management']],
    ["I'd love to hear your story.", ['hear your story']],
    ['how did u get into growth?', ['how did u get into']],
    ['Could you share what got you to VP so fast?', ['what got you to']],
    ['I would love to learn about your career path.', ['about your career']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'How did you move from per-seat to usage pricing?',
    'Your talk on customer journey maps was great. Where does your journey map start?',
    'I want to break into product. Which metric should a new PM learn first?',
    'Your journey from consultant to CPO is inspiring. Which pricing test surprised you most?',
    'I am on my own product journey. Do you cap free tiers by seats?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
