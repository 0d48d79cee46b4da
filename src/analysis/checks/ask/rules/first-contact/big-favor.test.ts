import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { bigFavor } from './big-favor.js';

const spans = (text: string) => bigFavor.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('big-favor', () => {
  it.each([
    ['Could you have a quick look at our onboarding flow?', ['have a quick look at our']],
    ['Can I send you our deck for a quick review?', ['send you our']],
    ['Would you be able to connect me with your head of growth?', ['connect me with']],
    ["I'm applying next week. Could you put in a good word?", ['a good word']],
    ['Would you consider becoming an advisor to our startup?', ['becoming an advisor']],
    ['Would you be open to me sending you a question every month?', ['every month']],
    ['Are you hiring product managers this year?', ['Are you hiring']],
    ['Could you take a look at ours and tell me what to change?', ['take a look at ours']],
    ["I've written up our onboarding spec with your PRD template (attached). Could you skim it?", ['skim it']],
    [
      'We mocked up a pricing page after your teardown, link below. Would you mind giving it a quick once-over?',
      ['giving it a quick once-over'],
    ],
    ['I drafted a one-pager with your canvas. Would you run your eye over it before I send it on?', ['run your eye over it']],
    [
      "We're redesigning our settings screens after your talk. Could you poke holes in the new flow before we ship?",
      ['poke holes in the new flow'],
    ],
    ['My draft of the launch memo is in the Google Doc below. Can you point out which parts are weak?', ['point out which parts are weak']],
    ["Here's the link to our rewritten FAQ. Mind having a look and letting me know?", ['having a look']],
    [
      "Your post on PRDs is great. I've drafted one for our reminders feature. Would you tell me what you'd cut?",
      ["tell me what you'd cut"],
    ],
    [
      'Your talk on school admissions was superb. Would you act as an external adviser to our programme board this year?',
      ['an external adviser'],
    ],
    [
      "Your post on forecast drift is pinned in our channel. I've rebuilt our pipeline model along its lines. Would you be willing to review it?",
      ['review it'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Your post on jobs-to-be-done was great. How many interviews do you run?',
    'Do you review your OKRs monthly or quarterly?',
    'Did you get a chance to read my email about the pricing test?',
    'Your talk on referral programs was great. Did two-sided rewards win?',
    "I'm not asking for an intro, just one answer: do you price per seat?",
    'I have two questions: do you offer monthly billing for enterprise customers?',
    'Would you mentor me with monthly calls?',
    'Your post on PRDs is great. Could you take a look at your post again and tell me if the template link still works?',
    "I've drafted a PRD with your template. Which section do you fill in first?",
    "I've built a dashboard from your talk (link below). How do you look at it when churn spikes?",
    "I've built a dashboard from your talk (link below). Could you tell me what you'd change in your framework today?",
    'Your redesign is great. How did you decide to move the pricing page below the fold?',
    'Did you look at the page you launched last week before the test?',
    "I've drafted our FAQ from your article. No need to read it, just one question: do you put pricing first?",
    'I built a small tool from your post (attached). Let me know if anything is unclear: do you cap seats?',
    'Your article on FAQs is great. Would you look at it again from a B2B angle?',
    "Your article on service design was superb. I'm moving into a product role next month: which one form would you fix first?",
    'Your discovery article was great. You bill discovery as a monthly retainer: how did you decide how many interviews the retainer covers?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
