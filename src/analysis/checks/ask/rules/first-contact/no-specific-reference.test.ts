import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { noSpecificReference } from './no-specific-reference.js';

const fires = (text: string) => noSpecificReference.check(parseText(text), undefined).length > 0;

describe('no-specific-reference', () => {
  it.each([
    'I admire your work. Which metric do you track first?',
    'I saw your LinkedIn profile. Do you price per seat?',
    'I follow you on Twitter. Do you price per seat?',
    "I really admire what you've built at Lumo. Do you price per seat?",
    'Your journey is inspiring. Do you price per seat?',
    'I came across your posts on LinkedIn. Do you price per seat?',
    'In a two-sided marketplace, which side do you subsidise first?',
    'Loved your essay on [Topic]. How many users did you interview before writing it?',
    'Before you review pricing, do you talk to sales?',
  ])('flags %j', (text) => {
    expect(fires(text)).toBe(true);
  });

  it.each([
    'Your guest post on churn was great. Do you price per seat?',
    'You mentioned that seats are the wrong metric. What do you charge on?',
    'Loved the pricing canvas you published. Which box do you fill first?',
    'In episode 42 you talked about discounts. Do you cap them at 20%?',
    'I heard you speak at SaaStock. Do you price per seat?',
    'saw ur thread on retention curves. what tool do u use?',
    'Your "pricing metric fit" framework is great. Do you use it for APIs?',
    'You published a great piece on reverse trials last week. Did it work for B2B?',
    'We use Gridline, the open-source roadmap tool you maintain. Do you tag bugs separately?',
    'The newsletter you edit changed how I price. Do you cap discounts?',
  ])('passes %j', (text) => {
    expect(fires(text)).toBe(false);
  });

  it('reports the whole message with a rewrite', () => {
    const text = '  Which side do you subsidise first?  ';
    const [finding] = noSpecificReference.check(parseText(text), undefined);
    expect(text.slice(finding?.start, finding?.end)).toBe('Which side do you subsidise first?');
    expect(finding?.suggestion).toContain('[topic]');
  });
});
