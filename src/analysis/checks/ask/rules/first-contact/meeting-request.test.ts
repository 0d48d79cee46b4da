import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { meetingRequest } from './meeting-request.js';

const spans = (text: string) => meetingRequest.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('meeting-request', () => {
  it.each([
    ['Your thread on churn was great. Could we hop on a 20-min zoom next week?', ['Could we hop on']],
    ['Would love to pick your brain about pricing.', ['pick your brain']],
    ['Can you spare fifteen minutes on Thursday?', ['spare fifteen minutes']],
    ["Let's grab lunch when you're in Madrid!", ['grab lunch']],
    ['Hey, would you be down for a quick chat this month?', ['down for a quick chat']],
    ['Can I ask you a couple of things over the phone?', ['over the phone']],
    ['I would be glad to buy you a coffee and hear more.', ['buy you a coffee']],
    ['Your clinic-flow talk was great. Lunch sometime when you are in Leeds?', ['Lunch']],
    [
      "Loved your retainer post. How did you price it? If it's easier, I'd be really happy to set up a 20-minute Zoom.",
      ['set up a 20-minute Zoom'],
    ],
    ['Loved your post on SMS surveys. If you are ever in Manila, could I treat you to merienda?', ['treat you to']],
    [
      "Your post on API pricing was superb. Would you count a no-match as a successful call? If it's easier, I'm glad to grab 15 minutes on your calendar.",
      ['grab 15 minutes'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'No call or meeting needed — which metric did you pick first?',
    'Do you ask about budget in the first discovery call or later?',
    'Your post on churn calls was great. Who makes that call, the CSM or the PM?',
    'Do you cancel a meeting if the agenda is missing?',
    'In your newsletter you said a call should become a chat after two minutes. Did that hold for enterprise?',
    'Could you spare two minutes to answer one question about your pricing post?',
    'Loved your talk on pricing. How long did your 30 min call with the CFO usually last?',
    'Your post on espresso pricing was great. Coffee beans or pods: which sold better for you?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
