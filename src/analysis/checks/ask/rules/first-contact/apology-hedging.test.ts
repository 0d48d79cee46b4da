import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { apologyHedging } from './apology-hedging.js';

const spans = (text: string) => apologyHedging.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('apology-hedging', () => {
  it.each([
    ['Sorry to bother you, but which metric did you pick first?', ['Sorry to bother you']],
    ['I know you’re busy. Which pricing test surprised you most?', ['I know you’re busy']],
    ['Apologies for the cold email! What did you cut first?', ['Apologies for the cold']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each(['Which metric did you pick first when you launched the paywall?', 'I was sorry to see the talk end so soon.'])(
    'passes %j',
    (text) => {
      expect(spans(text)).toEqual([]);
    },
  );
});
