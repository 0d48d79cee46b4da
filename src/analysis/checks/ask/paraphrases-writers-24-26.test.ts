import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings met in the round on writers 24–26 (decision 0007), each written anew for the concept a
 * writer's miss showed: executive shorthand ("20 mins this week?", "keen for your take"), false
 * friends of a second language ("make a reunion", "control our flow", "I realized your advice"),
 * and channel artefacts (links as places, an emoji before "and").
 */
describeAskRows('ask check on wordings of the round on writers 24–26', [
  ['first-contact', 'Loved your post on seat pricing. 20 mins this week? PK', ['meeting-request'], []],
  ['first-contact', 'Your post on pricing pages was great. Keen for your take. LM', ['vague-question'], ['no-question']],
  [
    'first-contact',
    'Keen for your take on one line of your shareholder letter: "we priced for retention, not logos". Was that the board or you? AB',
    [],
    ['vague-question', 'no-specific-reference'],
  ],
  [
    'first-contact',
    'Your Four Loops of Growth framework puts referrals last. For a B2B tool with 20 seats a team, would you move them first? DK',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Your talk on seat pricing is why we changed. Would you do a 15-min reference call with our CFO next week? PT',
    ['big-favor', 'meeting-request'],
    [],
  ],
  [
    'first-contact',
    'In that memo you cap discounts at 15% for annual deals. Does that include multi-year prepay? GH',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Esteemed Mrs. Lima, I admire your book on credit for small shops. Would you accept to be my tutor during this year? Thanks in advance.',
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'Dear Mr. Öztürk, I read your article on returns in Izmir. Would it be possible to make a small reunion next week about it?',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Hello Mrs. Braga, I watched your talk on onboarding for banks. Could you control our signup flow and tell us what is wrong? I send you the link.',
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    'Dear Mr. Vogel, I liked your post on sensors for small plants. Could you present me to the Head of Product of your company?',
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    'Hi Ivo, I used the tiering from your teardown on our new plans page → https://example.com/plans. Could you take a look and tell me if the tiers make sense?',
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    'Hi Lu — your post on first-time heads of product was so true. Would love to grab a coffee ☕ and hear about your journey from designer to CPO.',
    ['meeting-request', 'career-path'],
    [],
  ],
  ['follow-up', 'Following up on the payback question. Happy to do 15 mins instead if that is easier. HB', ['new-ask'], []],
  [
    'follow-up',
    'Following up: does the cap include services? Even better, could you walk my exec team through the memo at our offsite? RK',
    ['new-ask'],
    [],
  ],
  ['follow-up', 'Hello Mr. Costa, a friendly reminder of my question on your Pix episode: did you test Pix before boleto?', [], ['guilt']],
  [
    'circle-back',
    'Per your note on price locks: we moved legacy plans at renewal across our Nordic book. 91% renewed. Thx. SV',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Your advice to show a leading metric: we swapped MRR for expansion rate in the March board pack, and the board kept it for next year. Thanks. AT',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Dear Ms. Ono, I realized your advice to put QR labels on fresh fruit in 3 stores of our chain in Osaka. We will have numbers at month end. Thank you!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Dear Mr. Arslan, I applied your advice to raise the free delivery threshold step by step, from 200 TL to 225 TL first, in our grocery app. Many thanks!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Dear Dr. Mori, I tried your idea to give double points only on Mondays. Visits on Monday grew 2,1 times in six weeks. Next I want to test it with coupons.',
    ['context'],
    [],
  ],
  [
    'circle-back',
    'Thanks so much, Ana! We used your buddy-matching rule in https://example.com/buddy-program — 90-day attrition is now 4 points lower for matched hires.',
    [],
    ['context'],
  ],
  [
    'circle-back',
    'Thank you, Jo! Your podcast point about keeping refunds out of the revenue split stuck with me. We excluded refunds on Beatbox payouts in Q3, and creator churn fell from 8% to 5%.',
    [],
    ['advice-reference'],
  ],
  [
    'escalation',
    'Board approved the plan. Now I need to settle the Q2 pricing sequence across our two tiers. 20 mins? AR',
    ['prior-context'],
    ['vague-question'],
  ],
  [
    'escalation',
    'Your 6-slide rule cut our board meeting by 40 min. The board now wants a separate AI session, and I cannot tell if that belongs in the deck. 30 mins max? TS',
    [],
    ['slot-too-long'],
  ],
  [
    'escalation',
    'Following your note on burn multiple: the board wants 25% growth at 1.5x and I think that means cutting support headcount. 15 mins? RK',
    ['prior-context'],
    [],
  ],
  [
    'escalation',
    'Prezado Paulo, with your step-by-step consent idea we got 1,8 connected accounts per user. Now legal wants to renew consent every 90 days. Would you have 15 minutes to look at how to design the renewal?',
    [],
    ['prior-context'],
  ],
  [
    'escalation',
    'Hello Ms. Roth, after your advice to start with one twin per line, we signed 3 pilot customers in Saxony. Now the plants want to edit the twins, and our ERP does not allow it. Could I have 15 minutes?',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Hi Ji-ho, moving the push to day 5 as you advised raised day-7 retention from 17% to 19%. But now day-14 retention dropped and I do not understand if it is the same cohort. Would you have 10 minutes to see the two curves?',
    [],
    ['vague-question'],
  ],
  [
    'escalation',
    'Dear Kato-san, your one-coupon-at-a-time advice showed us coupons work for customers over 60. Now headquarters wants one program for all ages. Would you accept a reunion of a quarter of hour to discuss how to keep two incentives?',
    [],
    ['slot-too-long'],
  ],
  [
    'escalation',
    "@mei your region-first matching cut 90-day attrition by 4 points in our buddy feature 🙌 One knot I can't untie: hires in one-person regions get no match. Would 15 minutes next week work to talk through fallback rules?",
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'Jo, since we kept refunds out of the split as you advised, creator churn fell from 8% to 5%. Now our top 1% of creators ask for 85/15 and threaten to leave. Could I get 15 minutes to pressure-test a tiered split?',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'Hi Fa! Your weekly-posts indicator predicted creator retention with 80% accuracy, thank you. Now it fails for podcasters, who post monthly. Could we do 20 minutes to rethink it for them?',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'hey Sam! gating docs search like you said got us +18% sign-ups. the tricky part now: bots burn our search quota and blocking them blocks CI too. would a 15-min voice chat this week work?',
    [],
    ['slot-too-long', 'vague-question'],
  ],
]);
