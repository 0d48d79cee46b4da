import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings met in the round on writers 27–29 (decision 0007), each written anew for the concept a
 * writer's miss showed: technical documents as references, visits and screen-shares as meetings,
 * texting slang, and the framework's own templates filled rightly or wrongly.
 */
describeAskRows('ask check on wordings of the round on writers 27–29', [
  [
    'first-contact',
    'Hi Petra, your application note AN-77 says to derate the MOSFETs by 20% above 85 °C. Does that still hold with forced air at 2 m/s?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Dr. Lee — your 2023 Battery Materials paper on cathode cracking reported 91% retention after 800 cycles. Did the cracking start at the particle core or the surface?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Dear Dr. Ruiz, your ISSCC 2025 poster on ADC calibration showed 0.3 LSB error. Which reference voltage did you use for the calibration step?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Omar, I read your patent on laser weld inspection. Claim 3 uses a 40 µm gap limit. Did that limit come from yield data or from the weld standard?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Dr. Sato, your paper on electrolyte additives was excellent. Could I come by for a quick lab visit next week to see your coin-cell setup?',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'Hi Ines, your talk on test rigs for motor drives was great. Would you be up for a short screen-share of your rig sometime this month?',
    ['meeting-request'],
    [],
  ],
  [
    'first-contact',
    'ur tiktok on onboarding checklists was so good 😭 can we ft for like 10 min this week?',
    ['meeting-request'],
    ['no-specific-reference'],
  ],
  ['first-contact', 'ur youtube series on pricing is how i learned it ngl, would u be my pm big sib 🥺', ['mentorship-request'], []],
  ['first-contact', 'ur substack post on intern programs was so real. r u hiring interns this summer fr?', ['big-favor'], []],
  ['first-contact', 'omg ur video on funnels 🔥 ok but how did u even get ur first pm role tho?', ['career-path'], []],
  [
    'first-contact',
    'Context: PM at a city newspaper.\nReference: your post on paywall timing.\nMy ask: a 20-minute call next week to hear how you handled reader pushback.\nThanks, Ed',
    ['meeting-request'],
    ['no-question'],
  ],
  [
    'first-contact',
    'Hi [Name],\nReference: your talk on [Topic].\nMy ask: [one question you can answer in two minutes]\nThanks!',
    ['no-question'],
    [],
  ],
  [
    'follow-up',
    'Hi Professor Berg, following up on the burn-in question: how many hours would you start with? And would you be open to advising us a few hours a month on our test program?',
    ['new-ask'],
    [],
  ],
  [
    'follow-up',
    'following up on my checklist q (3 steps or 5?) and also would u be down to ft for 15 so i can show u our flow?',
    ['new-ask'],
    [],
  ],
  [
    'follow-up',
    'A gentle nudge on my paywall question: one month or a quarter? If it is easier, we could just hop on a 20-minute call instead.',
    ['new-ask'],
    [],
  ],
  ['follow-up', 'no pressure at all!! just restating in case it got buried: annual or monthly first in ur pricing test?', [], ['guilt']],
  [
    'circle-back',
    'Hi Nils, quick update: we made the change on the Model S charger board, and conducted emissions now pass CISPR 32 Class B with 4 dB of margin. Thanks!',
    ['advice-reference'],
    ['result'],
  ],
  [
    'circle-back',
    'hi Ada, huge thanks for the 70% humidity cut-off for the dryer cycle. we put it in the firmware of our Oslo pilot and drying energy fell from 18% to 12%.',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Hi Wen, I tried what you said on the Mazak lathe cell in our Ohio plant. Unplanned downtime fell from 12 hours to 4 hours a month. Thank you.',
    ['advice-reference'],
    [],
  ],
  [
    'circle-back',
    'Hi Lars, thank you for the DFM tip to thin the ribs from 3 mm to 2 mm. On our product, the warping disappeared.',
    ['context'],
    [],
  ],
  [
    'circle-back',
    "I'm circling back as promised.\nAdvice: your 'charge for outcomes' idea.\nContext: agency pricing at Brightline.\nResult: we plan to launch outcome pricing next quarter.\nThank you!",
    ['result'],
    [],
  ],
  [
    'circle-back',
    'yo thx for the "never gate the pricing page" advice 🙏 we ungated it on pricing.example.dev last sprint → demo requests up 18%. worth it.',
    [],
    ['context'],
  ],
  [
    'escalation',
    'Hi Anya, gating TRL 5 on the 1,000-hour run, as you advised, got our 100 kW stack through its review. When you draft the TRL 6 criteria, could I sit in for 20 minutes to see how you choose the trial length?',
    [],
    ['prior-context'],
  ],
  [
    'escalation',
    'Hi Ama, your Cpk advice took 9 gauge checks per lot out of the transfer package. Our notified body has now asked why cosmetic features carry no capability data. Could you spare 15 minutes to help me frame the rationale?',
    [],
    ['vague-question'],
  ],
  [
    'escalation',
    'Prior advice: replace DAU with weekly active teams.\nResult: the new metric predicted renewals far better, 0.70 vs 0.40 correlation.\nProblem: single-seat accounts count as teams.\nMy ask: 15 minutes to hear whether you would exclude them or weight them.',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Hi Ana,\nContext: your three-bets tip got our H1 strategy approved in a single review.\nMy ask: could I watch you write the first outline of the H2 strategy for 20 minutes?\nWhat I would like to learn by watching: how you choose the three bets before writing any prose.',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    "ur 'kill in 2 wks' rule got 2 of our 5 tests shipped early 🙏 now the 2 winners overlap on the same screen and their lifts don't stack. could u do 20 min on zoom?",
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    "ur random-notif tip took d1 opens 21% → 26% 🫶 but android uninstalls went up 0.6 pts and idk if it's timing or grouping. could u do 15 min next week?",
    [],
    ['vague-question', 'prior-context'],
  ],
  // near-misses the round's new words must let pass: a VC is an investor, 'come by' a figure is to obtain it, 6 ft is a length
  [
    'first-contact',
    'We raised from a VC last year. Your post on seed pricing said to charge early: did you charge your first design partners?',
    [],
    ['meeting-request'],
  ],
  ['first-contact', 'How did you come by the 40% figure in your post on churn?', [], ['meeting-request']],
  [
    'first-contact',
    'The rig needs 6 ft for clearance. Your talk on test rigs covered this: did you mount yours on the wall?',
    [],
    ['meeting-request'],
  ],
  [
    'first-contact',
    "Your post on onboarding was great. Could you share your team's approach to the first-week email in one line?",
    [],
    ['big-favor'],
  ],
  [
    'first-contact',
    'Your PRD template post was great. Which section would you cut first if I used it as a reference for a two-page PRD?',
    [],
    ['big-favor'],
  ],
  [
    'circle-back',
    'Hi Jo, we moved the demo button to the home screen of our help centre, as you suggested, and support needs fell 30% in a month. Thank you!',
    [],
    ['result'],
  ],
]);
