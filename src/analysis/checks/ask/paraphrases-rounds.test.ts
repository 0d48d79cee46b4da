import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings met in the later rounds of writers (decision 0007), each written anew for the concept
 * a writer's miss showed rather than copied from the writer: the stage, the text, the error rules
 * it must raise, and the ones it must not.
 */
describeAskRows('ask check on wordings of the later rounds', [
  // round on writer 15
  [
    'first-contact',
    'Your talk on seat-based pricing was great. For our HR suite, would you gate SSO behind the enterprise plan, in your opinion?',
    [],
    ['vague-question'],
  ],
  [
    'first-contact',
    'In your post on caching you say to cache per watershed. Is that still your take when most users view one region?',
    [],
    ['vague-question'],
  ],
  ['first-contact', 'Your talk on HR tech was great. What makes a great product leader, in your eyes?', ['vague-question'], []],
  [
    'first-contact',
    'Your keynote on crop data was superb. Would you accept to accompany me as my mentor this year?',
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'Your keynote on crop data was superb. Which yield model did you trust first? Maybe simpler to explain over video?',
    ['meeting-request'],
    [],
  ],
  ['first-contact', 'Your keynote on crop data was superb. Did you interview the farmers by phone or in person?', [], ['meeting-request']],
  ['follow-up', 'Hi Chen, no news from you since March. Did you keep the CLI wizard?', ['guilt'], []],
  [
    'follow-up',
    'Hi Chen, following up: in your teardown, did the team review setup errors in the weekly meeting or daily?',
    [],
    ['new-ask', 'big-favor'],
  ],
  [
    'circle-back',
    'Hi Mike, thanks! Your no-demo-before-discovery rule on our co-op deals: won six of ten, against three of ten before.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Thanks Olga! The scorecard from your webinar, tried on our hiring panel: offers now go out in days rather than weeks.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Hi Claire, thank you! We updated the onboarding of our CLI and setup success went from 30% to 45%.',
    ['advice-reference'],
    [],
  ],
  ['circle-back', 'Hi Grace, I used your model on my team and it gave great results. Thanks a lot!', ['advice-reference', 'result'], []],
  [
    'escalation',
    'Dear Ms. Weber, sorry I never reported back: your advice to auto-approve claims under €500 cut manual reviews by 60%. Now fraud clusters just under €500. Could I have 15 minutes on a moving threshold?',
    ['no-circle-back'],
    ['prior-context'],
  ],
  [
    'escalation',
    'Hi Priya, with the pairing rotation you proposed, all three juniors have run a retro. Now two seniors skip retros run by juniors. Could we take 20 minutes on whether to make attendance mandatory?',
    [],
    ['prior-context', 'vague-question'],
  ],
  // round on writer 17
  [
    'first-contact',
    'Your essay on mobile-money agents was superb. I would be most grateful to learn whether agents were paid per transfer or per day.',
    [],
    ['no-question'],
  ],
  [
    'first-contact',
    'Your essay on mobile-money agents was superb. I would dearly love to have you as a guide I can turn to as I grow into product.',
    ['mentorship-request'],
    ['no-question'],
  ],
  [
    'first-contact',
    'Your talk "Why Every Launch Needs a Phone Call" stayed with me. How long did each welcome call last?',
    [],
    ['meeting-request'],
  ],
  [
    'first-contact',
    'Your article on fare passes was sharp. I will be in Kampala in May and it would be an honour to buy you a cup of tea and hear how you set the price.',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Your talk on payments was brave. How did you make the switch to instant settlement without losing banks?',
    [],
    ['career-path'],
  ],
  ['follow-up', 'Dear Mr. Mutua, a gentle reminder of my one question: did the USSD limit apply to feature phones too?', [], ['guilt']],
  [
    'follow-up',
    'Dear Mr. Mutua, it has been two weeks and I still have no reply from you. Did the limit apply to feature phones?',
    ['guilt'],
    [],
  ],
  [
    'circle-back',
    'Dear Ms. Nakato, we now pay agents weekly instead of monthly in our Gulu network, just as you recommended, and churn of agents fell from 12% to 7%. Thank you!',
    [],
    ['advice-reference', 'result'],
  ],
  [
    'escalation',
    'Dear Dr. Nair, I never wrote back after you advised us to pair new borrowers with old ones, sorry. We did it and repayment rose by 5 points. Now the mentors want pay. Could I have 15 minutes on whether to pay them?',
    ['no-circle-back'],
    ['prior-context'],
  ],
  [
    'escalation',
    'Dear Dr. Mensah, the float threshold you suggested has kept stock-outs down to one agent in ten. Now the bank and our agents disagree on raising it. Could I have 15 minutes on how to weigh the two?',
    [],
    ['prior-context', 'vague-question'],
  ],
  // round on writers 18–20: marks, occasions, appeared difficulties, named possessive places, levels given before their start
  ['first-contact', 'Your thread on trial lengths was 🔥 — hop in a huddle for 10 tomorrow?', ['meeting-request'], []],
  [
    'first-contact',
    'Loved your talk on marketplace liquidity. would be great to hear how you picked launch cities over coffee when you are next in Lisbon',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Further to your panel on claims automation, I was hoping we could touch base on Teams for twenty minutes.',
    ['meeting-request'],
    ['no-question'],
  ],
  [
    'first-contact',
    'Your book on regulated roadmaps changed how I plan. Would you consider an informal mentoring arrangement over the coming months?',
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'Your framework for evidence-ready design, shown at the MedTech summit, shaped our specs. We are forming an advisory council and would be honoured if you would sit on it. Would you?',
    ['big-favor'],
    [],
  ],
  ['first-contact', 'Your pricing-page teardown was brilliant. mind roasting our onboarding deck? 9 slides', ['big-favor'], []],
  ['first-contact', 'Read your piece on usage pricing 👀 we might try it next quarter → thoughts?', ['vague-question'], []],
  [
    'first-contact',
    'I attended your session on outcome contracts at the Oslo summit. I would welcome any insights you could offer.',
    ['vague-question'],
    [],
  ],
  [
    'first-contact',
    'Your growth loops essay was great; I would love to know which skills you think I should focus on as I move into growth.',
    ['vague-question'],
    [],
  ],
  [
    'first-contact',
    'Your `feature-flags` README says you default to a 5% rollout. Why 5 and not 1 for a payments API?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Your **Three Horizons** canvas (the slide with the bakery example): do you refresh horizon two every quarter or every half?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Ana, episode 48 of Pricing Hour — the part on anchoring. Would you anchor with an annual price or a monthly one for a tool used weekly?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Dear Mr Lee, I work on lending products and have followed your writing for a while. I am keen to learn more about the credit industry and to meet leaders like you.',
    ['no-question'],
    [],
  ],
  [
    'follow-up',
    'Following up on my question about the renewal cohort: did you count trials? More broadly, would you be open to acting as a sounding board for our team this quarter?',
    ['new-ask'],
    [],
  ],
  ['follow-up', 'Following up on the cohort question (monthly vs weekly). If easier, 15 on gmeet tomorrow?', ['new-ask'], []],
  [
    'follow-up',
    "Hi Ray, I can see you've been pretty active on LinkedIn lately, so my last note probably slipped past you. Did you count refunds as churn?",
    ['guilt'],
    [],
  ],
  [
    'circle-back',
    'Thanks Ana — we showed net retention instead of logo retention in the QBR, like you suggested, and we got sign-off for the expansion pilot.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Hi Tom, quick update on your maker-checker advice for refunds: we added it to the refund tool in March and the auditors closed the open finding with no new findings.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'ty! your "one question per screen" rule → we split the signup form, completion 58% from 41% in two weeks.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    "Hi Mei, we built your streak-freeze idea into Quizzly's revision mode last month; seven-day retention went from 20% to 26%. Thank you!",
    [],
    ['context'],
  ],
  [
    'circle-back',
    'Hi Kofi,\n\nAnnual-plan nudge on day 20, as you advised: annual uptake went from 9% to 14% in our Ghana app. Thanks so much!',
    [],
    ['advice-reference', 'result'],
  ],
  [
    'circle-back',
    'Hi Dee, per your advice, we moved the "what changed" digest to Monday in our team newsletter, and opens rose from 31% to 44%. Thank you!',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'That point you made about pricing per seat before per usage? We did exactly that in our analytics app and churn fell from 5% to 3%. Thank you!',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Just to let you know the approach was put into practice on our initiative and a positive outcome was observed. Thanks.',
    ['advice-reference', 'context', 'result'],
    [],
  ],
  [
    'escalation',
    'Thanks for the tip on holdout groups! Could I have 15 minutes on whether to stop the test at week 3 or week 5 when traffic dips ~30% in December?',
    ['prior-context'],
    [],
  ],
  [
    'escalation',
    'Hi Ama, the staged-approval plan you suggested got through the investment board first time. A new issue has since emerged: finance wants each stage costed separately, which our vendor contract does not allow. Could I have 20 minutes on how you scoped stages?',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Priya: your "paywall on day 8" tip lifted paid conversion 3% → 4%, but we see the paywall hurting team invites (−8%). 10 minutes to talk through gating per plan?',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'The city-by-city launch you talked me into is going well: 55% of orders are now repeat orders. The new problem: ops wants to open two cities at once and finance wants one. Could I have 10 minutes on how you would sequence them?',
    [],
    ['prior-context', 'vague-question'],
  ],
]);
