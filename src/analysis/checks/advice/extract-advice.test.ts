import { describe, expect, it } from 'vitest';
import { extractAdvice } from './extract-advice.js';

const pieces = (text: string) => extractAdvice(text).advice.map((a) => text.slice(a.start, a.end));

describe('extractAdvice', () => {
  it.each([
    // A prohibition and its replacement are one instruction, however they are joined.
    ["Also, don't add more tooltips; cut the setup steps instead.", ["Also, don't add more tooltips; cut the setup steps instead."]],
    [
      'Never demo unfinished work; instead show the prototype to two customers.',
      ['Never demo unfinished work; instead show the prototype to two customers.'],
    ],
    ['Skip the survey; rather, call five churned customers first.', ['Skip the survey; rather, call five churned customers first.']],
    [
      'Pick the segment with the shortest sales cycle and go deep there for a quarter.',
      ['Pick the segment with the shortest sales cycle and go deep there for a quarter.'],
    ],
    [
      "My two cents: don't launch referrals until activation is above 40%.",
      ["My two cents: don't launch referrals until activation is above 40%."],
    ],
    [
      "I'd be careful with annual-only pricing. Offer monthly too, at a premium.",
      ["I'd be careful with annual-only pricing.", 'Offer monthly too, at a premium.'],
    ],
    [
      'Have you thought about asking sales which objection comes up most? That is where the page fails.',
      ['Have you thought about asking sales which objection comes up most?'],
    ],
    [
      'If most users cancel in month one, you need to fix onboarding before touching pricing.',
      ['If most users cancel in month one, you need to fix onboarding before touching pricing.'],
    ],
    [
      'It would be worth checking whether the drop is Android only before you redesign anything.',
      ['It would be worth checking whether the drop is Android only before you redesign anything.'],
    ],
    [
      'i wouldnt worry about the competitor yet. focus on the three renewals',
      ['i wouldnt worry about the competitor yet.', 'focus on the three renewals'],
    ],
    [
      'For your case i recomend to make the free plan smaller. We did the same.',
      ['For your case i recomend to make the free plan smaller.'],
    ],
    [
      "Don't over-engineer v1. Ship the manual process, learn where it hurts, then automate.",
      ["Don't over-engineer v1.", 'Ship the manual process, learn where it hurts, then automate.'],
    ],
  ])('finds the advice in %j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('splits one sentence holding two actions joined by "and"', () => {
    expect(pieces('Drop the third pricing tier, and give support a one-page FAQ before launch.')).toEqual([
      'Drop the third pricing tier',
      'give support a one-page FAQ before launch.',
    ]);
  });

  it('keeps the advice and drops a story or a decline around it', () => {
    expect(pieces('dont wait for the perfect dashboard, we did the same with billing and it was fine')).toEqual([
      'dont wait for the perfect dashboard',
    ]);
    expect(pieces("I can't help with pricing, but you should ask Maria — she ran it for years.")).toEqual([
      'you should ask Maria — she ran it for years.',
    ]);
  });

  it('reads list items without their markers and skips the lead-in', () => {
    const text =
      'Two thoughts:\n- Talk to the biggest customers first.\n• Get legal involved now\n1. Keep the first version to five charts';
    expect(pieces(text)).toEqual([
      'Talk to the biggest customers first.',
      'Get legal involved now',
      'Keep the first version to five charts',
    ]);
  });

  it.each([
    'Thanks so much, this made my week!',
    'Congrats on the promotion. Let me know when you are free for a coffee.',
    'How big is the team? What does your manager think?',
    'We priced per call at first and customers hated it. Then we switched to tiers.',
    'Honestly, I don’t know. I have never worked on marketplaces.',
    'Send me the draft and I’ll take a look. Keep me posted!',
    'Feel free to reach out again. Good luck, talk soon!',
    'Your sample size looks fine for a 5% lift, not for 2%.',
    'Design feels unheard because the last launches skipped their review.',
    'A few things I’d try:',
  ])('finds no advice in %j', (text) => {
    expect(pieces(text)).toEqual([]);
  });

  it('gives UTF-16 offsets after an emoji', () => {
    const text = 'Ha, love this 😄 You should stop measuring NPS monthly.';
    const [piece] = extractAdvice(text).advice;
    expect(piece?.text).toBe('You should stop measuring NPS monthly.');
    expect(text.slice(piece?.start, piece?.end)).toBe(piece?.text);
  });

  it('returns an empty list for empty text', () => {
    expect(extractAdvice('')).toEqual({ advice: [] });
  });
});
