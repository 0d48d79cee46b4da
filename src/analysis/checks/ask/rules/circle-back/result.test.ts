import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { result } from './result.js';

const spans = (text: string) => result.check(parseText(text), { stage: 'circle-back' }).map((f) => text.slice(f.start, f.end));

describe('result', () => {
  it.each([
    ['I applied your churn survey idea to our cancel flow and we saw a great result. Thanks!', ['a great result']],
    ['I added your churn survey to our cancel flow. Thank you!', ['I added your churn survey to our cancel flow. Thank you!']],
    [
      "Thanks for the invite-prompt tip! We'll know next month whether activation goes up on our team plan.",
      ["Thanks for the invite-prompt tip! We'll know next month whether activation goes up on our team plan."],
    ],
    [
      'We cut the annual discount from 30% to 15% on our booking app, as you advised. Thank you!',
      ['We cut the annual discount from 30% to 15% on our booking app, as you advised. Thank you!'],
    ],
    [
      'I used your checklist idea on our release process and hit one snag: 2 of the steps overlap. Thanks!',
      ['I used your checklist idea on our release process and hit one snag: 2 of the steps overlap. Thanks!'],
    ],
    [
      "Thank you! I've started sending the welcome email on day 2 instead of day 5 in our trial flow, as your article suggests.",
      ["Thank you! I've started sending the welcome email on day 2 instead of day 5 in our trial flow, as your article suggests."],
    ],
    [
      'Thank you for the gift-card idea! We switched to $40 cards for our teacher tests in March, and the outcome was [result].',
      ['Thank you for the gift-card idea! We switched to $40 cards for our teacher tests in March, and the outcome was [result].'],
    ],
    [
      'Thank you for the one-page checklist idea. We have now redesigned it for the cardiology ward and nurses start using it on Monday.',
      ['Thank you for the one-page checklist idea. We have now redesigned it for the cardiology ward and nurses start using it on Monday.'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Your invite-prompt idea on our team plan took activation from 12% to 19%. Thanks!',
    'Thanks for the banner tip; on our mobile app it turned out most users never saw the old banner.',
    'Your one-page memo idea got finance to sign off on the roadmap in one meeting. Thank you!',
    'We shipped the search revamp in three weeks instead of six with your appetite rule. Thanks!',
    'Your macro idea for the support team worked: tickets dropped by half. Thank you!',
    'thx for the tip, our activation went 14% -> 19% on the web app',
    'Your sign-off template got the vendor contract signed in two days on our procurement desk. Thank you!',
    'We tried your closing-question idea in the ward handover; handovers became noticeably calmer. Thanks!',
    'Your staffing rota idea has us at 96% shift cover on the night team, against a target of 90%. Thanks so much!',
    'The numbers barely moved on our intake form, but we learned that people quit at the insurance step. Thank you!',
    'We tried your pre-read rule with the leadership team; three of the five directors now read it before the meeting. Thanks!',
    'Used your hand-off checklist on our night shift: all four nurses signed it off on day one. Thank you!',
    'After your tip we put the price on the first screen of our kiosk; the queue now moves without anyone asking staff for help. Thanks!',
    'Your pass-fail gate on our firmware release: passed certification first time. Thank you!',
    'The one-decision screen you suggested took our completion in the clinic app from 2 in 5 to 4 in 5. Thanks!',
    'Your one-page spec tip worked on our refunds team: the review took 25 minutes, not 60. Thank you!',
    'Your no-agenda rule for our retro worked: by week four the team was running it without me. Thanks!',
    'We tried your reminder idea on the clinic rota; almost no patients missed their slot in May. Thank you!',
    'Your pricing memo on our Pro plan shifted the board from discounts to onboarding. Thanks a lot!',
    'Your A/A tip on our experiment tracker: real velocity is 6 tests a month, not 10. Thanks!',
    'Your hand-off idea on our support rota went better than I feared. Thank you!',
    'Your sampling trick on our ops dashboard meant zero missed alerts in March. Thank you!',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
