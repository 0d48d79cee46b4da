import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings met in the round on writers 30–32 (decision 0007), each written anew for the concept a
 * writer's miss showed: results told as a zero, a record or another party's decision; the advice
 * spelled out after a dash or credited after a greeting; problems stated as what cannot be worked
 * out; career paths told as roads, jumps and "the same switch"; chat thanks drawn out.
 */
describeAskRows('ask check on wordings of the round on writers 30–32', [
  // First contact.
  [
    'first-contact',
    'Hi Ruth, your webinar on cold-chain audits was useful. My one question is whether you log probe readings per pallet or per shipment.',
    [],
    ['no-question', 'no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Joe, your post on depot rostering was great. What did the road look like for you from shift supervisor to head of product?',
    ['career-path'],
    [],
  ],
  [
    'first-contact',
    'Hi Lin, your keynote on port scheduling stuck with me. How did you make the jump from the operations side into owning a product roadmap?',
    ['career-path'],
    [],
  ],
  [
    'first-contact',
    'Dear Ada, I saw your interview in Rail Product Weekly. I trained as a signalling engineer and would love to hear how you made that same switch yourself.',
    ['career-path'],
    [],
  ],
  [
    'first-contact',
    'Hi Sven, I read your article on tender pricing. Which steps did you take to reach this position?',
    ['career-path'],
    [],
  ],
  [
    'first-contact',
    'Hi Maya, your talk on yard automation was brilliant. Would you consider mentoring me as I move from fleet planner into product?',
    ['mentorship-request'],
    ['career-path'],
  ],
  [
    'first-contact',
    'Hi Tariq, your article "dispatch is a product" changed how I plan routes. Would you let me send you one question a week while we rebuild our dispatch tool?',
    ['big-favor'],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Bea, I have long admired the contribution you have made to healthcare design. Which usability metric do you check first?',
    ['no-specific-reference'],
    [],
  ],
  // Follow-up.
  [
    'follow-up',
    'Hi Ken, I can see my email was opened on Monday but no reply came. Was the pick rate measured per shift or per picker?',
    ['guilt'],
    [],
  ],
  [
    'follow-up',
    'Hi Ken, a short follow-up on whether the pick rate was per shift or per picker. And maybe you could also send the rota template you used?',
    ['new-ask'],
    [],
  ],
  // Circle-back.
  [
    'circle-back',
    'Hi Ola, thanks for the tip on batching returns by carrier. On our Leeds returns desk, mislabelled parcels have gone from 30 a day to 4.',
    [],
    ['result', 'advice-reference'],
  ],
  [
    'circle-back',
    'Hi Ed, thanks for the advice on spare-part kits by route. We used it on our Bristol vans and have not missed a single repair window since March.',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Hi Ivy, took your advice to show a delivery window rather than a fixed date — it shipped in our iOS courier app on Friday. Thanks!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Hi Raj, following your advice on intake triage we rebuilt the intake form for our facilities team and started logging every request. Thank you!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Your rule — one release per site per night — went live on our depot booking system. Clashing releases stopped within a fortnight, and this month was the calmest anyone can remember. Thanks a lot!',
    [],
    ['advice-reference', 'result'],
  ],
  [
    'circle-back',
    "Dr Osei, applied your torque-check rule for maintenance rounds on the refinery's cooling pumps. Leaks halved in the first month. Many thanks.",
    [],
    ['context', 'result'],
  ],
  [
    'circle-back',
    'Hi Nora, thanks for your support last winter. I finally acted on it and churn dropped from 5% to 3%. Very grateful!',
    ['advice-reference'],
    ['result'],
  ],
  [
    'circle-back',
    'ok so remember you said to set the stop rule before any test? did it for our courier-app pricing tests, and we stopped the surge test on day 3 instead of day 20. thank youuu',
    [],
    ['advice-reference', 'gratitude'],
  ],
  [
    'circle-back',
    'Hi Kai, I tried the approach from your book Fewer Steps (cut the form, keep the promise). Completion became 6 points higher in the first month. Thank you!',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'Hi Lu, we moved the Trackly loyalty scheme to points per trip like your newsletter suggested, same 2% back on every trip. Going live next week. Thanks!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Hi Sam, used your sample-size sheet for our checkout test on the Parcelo app, running it on 10% of traffic for two weeks from Monday. Thanks!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Hi Bo, we applied your "sell the outcome" framework to the Parcelo business tier. We learned a lot, numbers soon! Thanks!',
    ['result'],
    [],
  ],
  // Escalation.
  [
    'escalation',
    'Hi Pia, the two-signal risk score you suggested cut our forecast misses from 20% to 6%. What I have not been able to work out is how to score accounts in the middle of a migration. Could I have 15 minutes next week?',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'Hi Al — your "who opens the app" test brought 40 drivers onto our tracking tool. The next question is whether to add the warehouse team, whose data is locked by contract. Could I have 15 minutes?',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Hi Dr Ng, you suggested setting the alarm at the rated limit minus 15%. I am now stuck on whether start-up needs its own threshold. Could I borrow 15 minutes next week?',
    ['prior-context'],
    [],
  ],
  [
    'escalation',
    'Hi Vic, the gate-closed time you suggested shaved 4 min off our turnarounds. Now the caterers want their own milestone, and the two clash on one turn in six. 15 minutes next week to decide which wins?',
    [],
    ['prior-context', 'vague-question'],
  ],
  [
    'escalation',
    'Hi Mo, with the sampling rule you proposed, finance dropped the weekly stock count. The auditors now want a yearly count and cannot agree on its size. 15 minutes to think through how you would size it?',
    [],
    ['prior-context'],
  ],
  [
    'escalation',
    'Hi Kim, your renewal-risk threshold, applied per account as you advised, flagged 7 of the 9 accounts that churned this year. Three big customers show near-zero usage in month two by design. Could I have 20 minutes on how to treat them?',
    [],
    ['prior-context'],
  ],
  [
    'escalation',
    'hi Lu!! the reply-time metric you helped us pick is now our north star (2x repeat orders). problem is the push for speed is making replies sloppy. could I grab 15 min to untangle it?',
    [],
    ['vague-question', 'prior-context'],
  ],
  [
    'escalation',
    'Hola Ana, after your advice to launch one city first, repeat buyers went from 20% to 35%. We now want to open a second city where supply is scattered. Could you give me 15 minutos to think about seeding by district instead?',
    [],
    ['slot-too-long'],
  ],
  [
    'escalation',
    'Hi Jo, thanks to your advice to drop the intro video, activation went from 30% to 37%. But day-7 retention is 2 points lower, and I want to understand if the video taught something important. Could I have 15 minutes?',
    [],
    ['vague-question'],
  ],
  [
    'escalation',
    'Hi Rae, you suggested writing our no-bid rules down in advance; I have not yet had the chance to put that into practice. Now a bid has come in that needs on-site hosting. Could I have 15 minutes?',
    ['no-circle-back'],
    [],
  ],
]);
