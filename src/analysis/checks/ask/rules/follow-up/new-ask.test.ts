import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { newAsk } from './new-ask.js';

const spans = (text: string) => newAsk.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('new-ask', () => {
  it.each([
    ['Following up: per seat or per project? Also, could we do a 15-minute call?', ['Also, could we do a 15-minute call?']],
    ['Following up on my question. Would you mind reviewing our pricing page instead?', ['reviewing our']],
    ['Quick nudge: per seat or per project? And would you be open to mentoring me?', ['open to mentoring']],
    ['Following up. I also have a couple more questions about your post.', ['a couple more']],
    ['Nudge on my question: per seat or per project? Could you introduce me to your CFO?', ['introduce me']],
    ["Following up: per seat or per project? I'm also curious which tool you used.", ["I'm also"]],
    ['Following up: per seat or per project? Bonus question: how did you name the tiers?', ['Bonus question']],
    ["Nudging my question: per seat or per project? And while we're at it, which billing tool do you use?", ["while we're at it"]],
    ['Following up on the seat question. Simpler maybe: quick zoom tomorrow?', ['quick zoom']],
    [
      'Following up on my question about seats. If you could spare a morning to walk our team through it, that would be great.',
      ['spare a morning'],
    ],
    ['Following up on my churn question. And if you are open to it, could you also send the dashboard you used?', ['could you also']],
    ['Following up on my seat question. While I am here, though: would you give a guest talk to our guild?', ['While I am here']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Following up on my one question: do you price per seat or per project? Thanks!',
    'A gentle nudge on my question about your onboarding talk: first invite or first project? No pressure.',
    'I write again only with my one question: which team owns the shared funnel step?',
    'Just following up: did you also email users who used the feature once?',
    'Following up on my one question (a related one to your pricing talk): per seat or per project?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
