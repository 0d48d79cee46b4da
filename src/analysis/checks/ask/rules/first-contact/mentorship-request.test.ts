import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { mentorshipRequest } from './mentorship-request.js';

const spans = (text: string) => mentorshipRequest.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('mentorship-request', () => {
  it.each([
    ['Your essay on pricing was great. Would you consider mentoring me this year?', ['consider mentoring']],
    ['Loved your podcast! Are you taking on mentees right now?', ['mentees']],
    ['Would u be my mentor?', ['be my mentor']],
    ["I'm looking for a mentor in growth and your talk stood out.", ['looking for a mentor']],
    ['Could you take me under your wing while I learn pricing?', ['under your wing']],
    ['Would you consider becoming someone I can turn to as I grow into the role?', ['becoming someone I can turn to']],
    ['Could you be the one who keeps me accountable while I ramp up?', ['be the one who keeps me accountable']],
    ['It would mean the world if you could be a steady voice to coach me this year.', ['be a steady voice to coach me']],
    ['Would you be open to guiding me through my first six months as a PM?', ['guiding me through my first six months']],
    ['I’d be grateful if you could help steer me through the early days of my new role.', ['steer me through the early days']],
    ['Your essay on triage was superb. Would you consider acting as my coach this year?', ['acting as my coach']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    "I'm not looking for a mentor, just one answer: do you price per seat?",
    'Your post on mentoring junior PMs was great. Do you run those 1:1s weekly?',
    'My mentor sent me your talk on churn. Which cohort did you cut first?',
    'Could you walk me through how you set the churn threshold?',
    'Could you walk me through the first year of your pricing experiment?',
    'My manager is the person who guides me through reviews. Do you run them monthly?',
    'You were the person who guided me to product without knowing it. Which metric did you cut first?',
    "I'd love to be the person who guides new PMs on my team. Do you pair juniors with seniors?",
    'Could you guide me through the first step of your framework?',
    'Could you be the one who helps me decide between seats and projects?',
    'Would you be the person who signs off on the pricing change?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('offers the rewrite built from the message', () => {
    const [finding] = mentorshipRequest.check(parseText('I loved your talk on churn at SaaStock. Will you mentor me?'), undefined);
    expect(finding?.suggestion).toMatch(/^I heard your talk on churn at SaaStock\. You mentioned \[framework\]\./);
  });
});
