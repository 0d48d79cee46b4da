import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { adviceReference } from './advice-reference.js';

const spans = (text: string) => adviceReference.check(parseText(text), { stage: 'circle-back' }).map((f) => text.slice(f.start, f.end));

describe('advice-reference', () => {
  it.each([
    ['I applied the framework to our billing page and churn fell 2 points. Thanks!', ['the framework']],
    ['Thanks for your advice! Our signup page now converts 3 points better.', ['your advice']],
    ['I did what you said on the renewal flow and it went well, thank you.', ['what you said']],
    [
      'Quick update: trial conversion is up 4 points on our mobile app. Thank you!',
      ['Quick update: trial conversion is up 4 points on our mobile app. Thank you!'],
    ],
    ['Your advice was great! We applied it to the returns page and refunds fell 12%. Thanks!', ['Your advice']],
    ['I did what you recommended on the booking screen and no-shows fell by a third. Thanks!', ['what you recommended']],
    [
      'Thank you! On our ward pilot, call-bell answers within 10 minutes went from 58% to 81% after we made some adjustments based on our exchange.',
      [
        'Thank you! On our ward pilot, call-bell answers within 10 minutes went from 58% to 81% after we made some adjustments based on our exchange.',
      ],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Thanks for your tip on anchoring the annual price; on our Pro plan annual uptake rose from 20% to 31%.',
    'I moved the upgrade button above the fold on our pricing page like you suggested, and clicks doubled. Thank you!',
    "We tried the 'one metric per team' rule with the billing squad and the weekly review got 20 minutes shorter. Thanks!",
    'Since we split the onboarding checklist in two, activation on our desktop app rose 5%. Thank you!',
    'Thank you for recommending the churn interviews with lapsed admins: turns out the export was broken.',
    'Your pre-mortem checklist caught three launch risks in our payments release. Thanks a lot!',
    'We moved the weekly review to Monday mornings for the ops team, as you recommended, and it now ends on time. Thanks!',
    'Splitting the intake form into two screens, like you suggested, lifted completion on our clinic app by 9 points. Thank you!',
    "Tried your 'ask for the no first' rule on our renewal calls: 3 of 5 customers named a blocker. Thanks!",
    'I opened the parents evening with one question, as in your blog post, and it finished 20 minutes early at our school. Thanks!',
    'I took your advice and switched to a two-week trial on our desktop app; trial-to-paid rose 4%. Thank you!',
    'Quick one: cut the intake form to five fields, like you said, on our volunteer portal, and sign-ups rose 30%. Thanks!',
    'I took your advice and pre-filled the address step from the order history in our shop app; checkouts rose 9%. Thank you!',
    'Remember you said to log only the start tap? We did that in our homework app and 40% never tap start. Thank you!',
    'Quick update on your advice to read cohorts by week of first value: retention on our reporting tool splits 61% vs 18%. Thanks!',
    'You suggested capping retries at three for a queue our size. We did that on our billing worker and timeouts fell 60%. Thanks!',
    '- **What you suggested:** flip the default once opt-in passed 30%\n- **Where:** our CLI, v2.4\n- **What happened:** 4 issues filed, not 40\nThanks!',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
