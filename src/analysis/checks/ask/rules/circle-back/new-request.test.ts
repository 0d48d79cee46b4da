import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { newRequest } from './new-request.js';

const spans = (text: string) => newRequest.check(parseText(text), { stage: 'circle-back' }).map((f) => text.slice(f.start, f.end));

describe('new-request', () => {
  it.each([
    ['Activation rose 5% with your idea, thanks! Could you also review our pricing page?', ['Could you also review our pricing page?']],
    [
      'Thanks so much. One more question: do you cap trials by seats or by time?',
      ['One more question: do you cap trials by seats or by time?'],
    ],
    ["Thank you! I'd love your take on our annual plan too.", ["I'd love your take on our annual plan too."]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Activation rose 5% with your idea, thank you!',
    'Thanks! Would it help if I sent you the cohort data for your next talk?',
    "Thank you — happy to share the dashboard if it's useful.",
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
