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
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    "I'm not looking for a mentor, just one answer: do you price per seat?",
    'Your post on mentoring junior PMs was great. Do you run those 1:1s weekly?',
    'My mentor sent me your talk on churn. Which cohort did you cut first?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('offers the rewrite built from the message', () => {
    const [finding] = mentorshipRequest.check(parseText('I loved your talk on churn at SaaStock. Will you mentor me?'), undefined);
    expect(finding?.suggestion).toMatch(/^I heard your talk on churn at SaaStock\. You mentioned \[framework\]\./);
  });
});
