import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { bigFavor } from './big-favor.js';

const spans = (text: string) => bigFavor.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('big-favor', () => {
  it.each([
    ['Could you have a quick look at our onboarding flow?', ['have a quick look at our']],
    ['Can I send you our deck for a quick review?', ['send you our']],
    ['Would you be able to connect me with your head of growth?', ['connect me with']],
    ["I'm applying next week. Could you put in a good word?", ['a good word']],
    ['Would you consider becoming an advisor to our startup?', ['becoming an advisor']],
    ['Would you be open to me sending you a question every month?', ['every month']],
    ['Are you hiring product managers this year?', ['Are you hiring']],
    ['Could you take a look at ours and tell me what to change?', ['take a look at ours']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Your post on jobs-to-be-done was great. How many interviews do you run?',
    'Do you review your OKRs monthly or quarterly?',
    'Did you get a chance to read my email about the pricing test?',
    'Your talk on referral programs was great. Did two-sided rewards win?',
    "I'm not asking for an intro, just one answer: do you price per seat?",
    'I have two questions: do you offer monthly billing for enterprise customers?',
    'Would you mentor me with monthly calls?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
