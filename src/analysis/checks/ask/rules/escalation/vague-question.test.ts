import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { vagueQuestion } from './vague-question.js';

const spans = (text: string) => vagueQuestion.check(parseText(text), { stage: 'escalation' }).map((f) => text.slice(f.start, f.end));
const opening = 'Your ladder idea lifted upgrades 6%.';

describe('vague-question', () => {
  it.each([
    [`${opening} Could I get 15 minutes to hear your general thoughts on pricing?`, ['general thoughts']],
    [`${opening} Would 15 minutes work to talk about my career?`, ['career']],
    [`${opening} Could we take 15 minutes to go over our monetization?`, ['go over our']],
    [`${opening} Could we take 15 minutes next week?`, [`${opening} Could we take 15 minutes next week?`]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    `${opening} Now I'm torn between gating seats or storage. Could we take 15 minutes?`,
    `${opening} Could I get 15 minutes on whether the free tier should keep exports?`,
    `${opening} Could we take 15 minutes on how you'd handle a customer who is grandfathered on the old ladder?`,
    `${opening} The trade-off I can't settle is volume against margin. 15 minutes next week?`,
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
