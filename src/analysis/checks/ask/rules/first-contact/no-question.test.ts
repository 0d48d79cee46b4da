import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { noQuestion } from './no-question.js';

const spans = (text: string) => noQuestion.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('no-question', () => {
  it.each([
    [
      'Hi Ana, your essay on pricing tiers was great. Thanks for writing it!',
      ['Hi Ana, your essay on pricing tiers was great. Thanks for writing it!'],
    ],
    [
      "  I'm a PM at a fintech. I'd love to tell you more about my work.  ",
      ["I'm a PM at a fintech. I'd love to tell you more about my work."],
    ],
    ['', ['']],
    [
      "Your essay on tiers was great. I'd really like to tell you how we used it.",
      ["Your essay on tiers was great. I'd really like to tell you how we used it."],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Which metric did you pick first?',
    "I'd love to know which metric you picked first.",
    'Please tell me which metric you picked first.',
    'Also, if possible, share the template you mentioned.',
    'would love to hear which tier sold best',
    "I'd really like to know which tier sold best.",
    'I would very much like to hear which metric you dropped first.',
    'I admire your work on warehouse slotting. It would be a big honour for me if you accept to be my mentor.',
    'I admire your telecom work. What you think I should measure first in a prepaid app',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
