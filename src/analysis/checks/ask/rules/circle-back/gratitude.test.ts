import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { gratitude } from './gratitude.js';

const spans = (text: string) => gratitude.check(parseText(text), { stage: 'circle-back' }).map((f) => text.slice(f.start, f.end));

describe('gratitude', () => {
  it.each([
    [
      'Used your pricing-ladder idea on our Pro plan: upgrades rose 6%.',
      ['Used your pricing-ladder idea on our Pro plan: upgrades rose 6%.'],
    ],
    [
      'Thanks to your pricing-ladder idea, upgrades on our Pro plan rose 6%.',
      ['Thanks to your pricing-ladder idea, upgrades on our Pro plan rose 6%.'],
    ],
    ['  No thanks needed on my side, upgrades rose 6%.  ', ['No thanks needed on my side, upgrades rose 6%.']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Upgrades on our Pro plan rose 6% with your ladder idea. Thank you!',
    'Much appreciated, the ladder idea lifted upgrades 6%.',
    'ladder idea worked, upgrades +6% on pro. thx!!',
    'Cheers for the ladder idea: upgrades rose 6%.',
    'I am so grateful for the ladder idea.',
    'A short update and a big thank-you: the ladder idea lifted upgrades 6%.',
    'The ladder idea lifted upgrades 6%. Vielen Dank!',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
