import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings of each rule that are not in the labelled examples, and near-misses that must pass:
 * the checks read what a sentence asks for, not the sentences they were tuned on. Each row:
 * the stage, the text, the error rules it must raise, and the ones it must not. Later rounds
 * are in `paraphrases-rounds.test.ts`.
 */
describeAskRows('ask check on wordings beyond the labelled examples', [
  // first contact: what is asked for
  [
    'first-contact',
    'Your podcast episode on seat pricing was great. Happy to jump on a quick zoom if that works better for you!',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Loved your essay on churn. Any chance you could take me under your wing for a few months?',
    ['mentorship-request'],
    [],
  ],
  ['first-contact', 'Your talk on PLG was superb. If you happen to know anyone at Canva, an intro would mean a lot.', ['big-favor'], []],
  ['first-contact', 'Your teardown of Duolingo was sharp. could u do one on our onboarding too?', ['big-favor'], []],
  ['first-contact', 'Big fan of your pricing newsletter. What should I focus on first as a new monetization PM?', ['vague-question'], []],
  ['first-contact', 'Your keynote on B2B growth was inspiring. how did u move from sales into product??', ['career-path'], []],
  [
    'first-contact',
    'I read you article about onboarding checklists. Do you count a checklist item done when it is skipped?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    "Your 'jobs over features' slide from ProductCon: did the job statements come from interviews or from support tickets?",
    [],
    ['no-specific-reference'],
  ],
  // first contact: near-misses that must pass
  [
    'first-contact',
    'A colleague you mentored recommended your post on usage pricing. Do you bill overages monthly or quarterly?',
    [],
    ['mentorship-request'],
  ],
  [
    'first-contact',
    'Your post on pricing pages was great. In general, do you show annual prices first or monthly prices first?',
    [],
    ['vague-question'],
  ],
  [
    'first-contact',
    'Your essay on activation was sharp. What should I measure first when trials are short: time to first value or invites sent?',
    [],
    ['vague-question'],
  ],
  [
    'first-contact',
    'Your talk on retention was superb. Feel free to skip this if it is a busy week, but which cohort window did you use?',
    [],
    ['meeting-request', 'no-question'],
  ],
  ['first-contact', 'Your post on meetings said most calls should be emails. Which call did you cut first?', [], ['meeting-request']],
  // follow-up
  ['follow-up', 'Guess you are swamped 😅 but did you cap freezes per month?', ['guilt'], []],
  ['follow-up', 'Bump! Did you cap freezes per month or per year?', ['guilt'], []],
  [
    'follow-up',
    'Following up on my question about your streaks post: did the price bump hurt renewals, or was churn flat?',
    [],
    ['guilt', 'new-ask'],
  ],
  [
    'follow-up',
    'Following up on my one question: did you cap freezes per month? If easier, happy to hop on a short call instead.',
    ['new-ask'],
    [],
  ],
  // circle-back
  [
    'circle-back',
    'Hi Ana, moved the invite step before the paywall in our iOS app like u said. Invites went 9% -> 14% in two weeks. ty!',
    [],
    ['advice-reference', 'result', 'gratitude', 'context'],
  ],
  [
    'circle-back',
    'Thanks Ana! We rolled out the weekly digest you suggested in our team app, and people finally started replying to it.',
    [],
    ['result', 'advice-reference'],
  ],
  ['circle-back', 'I applied your decoy-tier idea to our pricing page: we moved the price from $40 to $49. Thank you!', ['result'], []],
  ['circle-back', 'I applied [Framework] to our pricing page and saw XX% more upgrades. Thanks!', ['advice-reference', 'result'], []],
  [
    'circle-back',
    'Thank you, Ana: your two-week trial cap took our median time to convert from 21 days to 9 days on the Pro plan. Anything I can do for you in return?',
    [],
    ['new-request', 'offer-help', 'result'],
  ],
  // escalation
  [
    'escalation',
    'Your trial cap took our time to convert from 21 to 9 days. Now sales wants trials back for enterprise deals. Could I get 15 minutes on whether to gate enterprise trials behind a demo?',
    [],
    ['prior-context', 'vague-question', 'slot-too-long'],
  ],
  [
    'escalation',
    'Your trial cap took our time to convert from 21 to 9 days. Could we grab an hour to chat about growth in general?',
    ['slot-too-long', 'vague-question'],
    ['prior-context'],
  ],
  [
    'escalation',
    'Hi Ana, activation went from 20% to 31% this quarter. Would you have 15 minutes to walk through how you handled a sales team that hated that rule?',
    ['prior-context'],
    [],
  ],
  // round on writers 12–14: structure each rule reads, in words none of the sets uses
  [
    'first-contact',
    "Your essay on usage pricing changed how I think. I'm searching for someone who could coach me through our first price rise. What did you raise first?",
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'Your essay on usage pricing was great. You said to find someone who can coach me, and I did. Which metric did you price on first?',
    [],
    ['big-favor'],
  ],
  [
    'first-contact',
    'ur podcast ep on seat pricing was gold. would u be my go-to guide while i learn monetisation? 🙏',
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'Your post on annual plans was sharp. Did you discount the first year? A quick coffee in Lisbon would be lovely too.',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Your post on annual plans was sharp. pls send whatever advice you have on pricing, we are redoing ours',
    ['vague-question'],
    [],
  ],
  [
    'first-contact',
    'Your newsletter on B2B onboarding is great. Would it be ok if I pinged you with a quick q every Monday this quarter?',
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    "Loved the Growth Loops Summit keynote you gave. Was the 'aha in 3 days' rule tested on self-serve users only?",
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'In your Substack you wrote "Price the Outcome, Not the Seat". Did that hold for your agency customers too?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Your talk on pricing was honest, and you went from design into product. How did you make that switch, and what would you change if you started over?',
    ['career-path'],
    ['vague-question'],
  ],
  ['follow-up', 'Hi Lea, re my question on trial length: 7 or 14 days? Totally fine if it got buried under your launch.', [], ['guilt']],
  ['follow-up', "Hi Lea, it's been ten days and nothing from your side. Was the trial 7 or 14 days?", ['guilt'], []],
  [
    'follow-up',
    "Hi Lea, following up on my question: we haven't heard anything from finance yet either. Was the trial 7 or 14 days?",
    [],
    ['guilt'],
  ],
  ['follow-up', 'Hi Lea, scrap my trial question, I would rather know how you price add-ons.', ['new-ask'], []],
  ['follow-up', 'Hi Lea, quick nudge on trial length, 7 or 14 days? Also, could you intro me to your billing lead?', ['new-ask'], []],
  [
    'circle-back',
    "Hi Ravi, your two-step checkout idea cut abandoned carts by a third on our grocery app. I honestly can't thank you enough.",
    [],
    ['gratitude', 'result', 'advice-reference'],
  ],
  [
    'circle-back',
    'Hi Ravi, thank you! I did what you said in your talk: ask for the card only after the first order. We shipped it on our grocery app and repeat orders went from 18% to 23%.',
    [],
    ['advice-reference', 'result'],
  ],
  [
    'circle-back',
    'Hi Ravi, thanks for the argument in chapter 2 of your book. On our grocery app we now ask for the card after the first order, and repeat orders rose from 18% to 23%.',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Hi Ravi, thanks for the tip on card timing. We turned it on for our grocery app checkout and checkout errors stayed flat while repeat orders went up 5%. Cheers!',
    [],
    ['result'],
  ],
  [
    'circle-back',
    "Hi Ravi, thanks for the tip on card timing! We enabled it for 20% of our grocery app users today; I'll write once the numbers are in.",
    ['result'],
    [],
  ],
  [
    'escalation',
    'Hi Ravi, your card-after-first-order rule brought 900 extra repeat orders in May 🎉 now finance wants the card upfront again for fraud reasons. Could I have 20 minutes on whether to keep it for repeat customers only?',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Hi Ravi, asking for the card late, as you explained, cut failed first orders from five a day to one. We do not need an hour, 20 minutes is enough to decide whether to keep it for gift cards.',
    [],
    ['prior-context', 'slot-too-long'],
  ],
  [
    'first-contact',
    'Your talk on AI evals was great. What would you do differently if you started over? Which eval would you write first?',
    ['vague-question'],
    ['career-path'],
  ],
]);
