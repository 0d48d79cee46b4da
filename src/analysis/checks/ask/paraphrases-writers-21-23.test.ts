import { describeAskRows } from '../../../../test/helpers/ask-rows.js';

/**
 * Wordings met in the round on writers 21–23 (decision 0007), each written anew for the concept a
 * writer's miss showed: dictated questions without a question mark, labelled lines of a report,
 * names that are words of thanks, quotations that hold thanks, and more.
 */
describeAskRows('ask check on wordings of the round on writers 21–23', [
  [
    'first-contact',
    'hey Lena your post about surge pricing for ferries was great, we run a water taxi app. did you cap the surge at two x or let it float',
    [],
    ['no-question'],
  ],
  [
    'first-contact',
    'hi Omar loved your piece on returns fraud in your Retail Weekly column, we see the same on our resale app.. was that fraud mostly wardrobing or fake tracking numbers',
    [],
    ['no-question'],
  ],
  [
    'first-contact',
    'Hi Ana, your talk on pick-up lockers was great. how do you usually choose a locker site, footfall or parking',
    [],
    ['no-question'],
  ],
  [
    'first-contact',
    'hi Ben your article on caravan bookings was great, we are trying deposits next month. thoughts',
    ['vague-question'],
    [],
  ],
  [
    'first-contact',
    'hey Jo your talk on tenant onboarding was amazing, honestly id love to learn from you on an ongoing basis if youd be open to it',
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    'hey Raj saw your profile, you went from support agent to VP in like six years, how did you get where you are',
    ['career-path'],
    [],
  ],
  [
    'first-contact',
    'Hi Mina, your talk on renewal decks was sharp. Could you share the internal renewal template your team uses? Even a redacted version would be great.',
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    "Hi Tariq, I've read your essays on ops for small teams. I'm looking for someone senior to check in with every quarter. Would you be open to being that person?",
    ['mentorship-request'],
    [],
  ],
  [
    'first-contact',
    "Hi Eva, your post on anchoring is why our plans page has a decoy tier. Would you mind casting an eye over it before launch? Here's the staging link: https://staging.example.com/plans",
    ['big-favor'],
    [],
  ],
  [
    'first-contact',
    'Hi Lou, our whole team has read The Calm Backlog. Which of its three triage rules would you drop first for a two-person team?',
    [],
    ['no-specific-reference'],
  ],
  [
    'first-contact',
    'Hi Dan, your talk on alert design was great. How did you pick which alerts to mute? Could we find 15 minutes next week to go through it?',
    ['meeting-request'],
    ['big-favor'],
  ],
  ['follow-up', 'hi Sara not sure if you saw this but did you count refunds as churn', ['guilt'], []],
  ['follow-up', 'Hi Ken, one more try and then I will leave you be: did you count trials as active users?', [], ['guilt']],
  [
    'follow-up',
    'Hi Ken, nudging my question on trial cohorts: did you count trials as active? And would you be open to me sending you a question like this every month?',
    ['new-ask'],
    [],
  ],
  [
    'follow-up',
    'Hi Ken, I see you opened my message but no answer. My question was whether you count trials as active. Maybe a short call would be easier?',
    ['guilt', 'new-ask'],
    [],
  ],
  [
    'circle-back',
    'hi Ada thanks for the tip on showing delivery windows, we tried it on our grocery app and the big learning was that people pick the earliest slot even when it costs more',
    [],
    ['result'],
  ],
  [
    'circle-back',
    'hi Ola the two free reschedules per month from your thread, we shipped it on our salon booking app last month and no-shows fell by a quarter, thank you',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'hey Kim moved the reorder shortcut to the home tab of our pet food app like you said in the teardown, its been live a week',
    [],
    ['context'],
  ],
  [
    'circle-back',
    'Hi Tim, thanks for telling me to make the review form required before the next stage can start; we added it to our hiring tool and form completion went from 40% to 88%.',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Hello Dr. Merci,\nWhat I did: moved the consent step after the first lesson in our language app, as you recommended in your article.\nOutcome: sign-ups rose from 21% to 30%.',
    ['gratitude'],
    [],
  ],
  [
    'circle-back',
    'Dear Ms. Hart,\nWhat I did: what you suggested.\nOutcome: churn fell from 6% to 4% in our invoicing app.\nThank you!',
    ['advice-reference'],
    [],
  ],
  [
    'circle-back',
    'Hi Nora,\nWhat I did: added a weekly digest to our volunteer app, following your talk.\nOutcome: will report back at the end of the quarter.\nThank you!',
    ['result'],
    [],
  ],
  [
    'circle-back',
    'Following your advice, we now score every bug by customer impact in our billing app. Escalations fell from 30 to 12 a month. Thank you!',
    [],
    ['advice-reference'],
  ],
  [
    'circle-back',
    'Hi Leah, following your talk, we fixed the photo upload step first in our claims app. I will report back once we have numbers.',
    ['result'],
    [],
  ],
  ['circle-back', 'Thank you for your post on cookie banners, Ivo. I followed your two rules to the letter.', ['context', 'result'], []],
  [
    'circle-back',
    'Hi Bea, I used the "one goal per screen" advice from your course and rebuilt our donor signup as three screens: completion went from 45% to 63% in our charity app. We even named the release "Thanks for waiting".',
    ['gratitude'],
    [],
  ],
  [
    'escalation',
    'hey Ian the waitlist idea you shared cut no-shows by a third on our clinic app, the weird part is people now join three waitlists and drop two. can i have fifteen minutes to work out if we should cap waitlists per person',
    [],
    ['vague-question'],
  ],
  [
    'escalation',
    'hi Zoe our meal kit app repeat rate is stuck at twelve percent and i think it is because couples share one account, could we do like ninety minutes to sketch a shared account',
    ['slot-too-long'],
    ['vague-question'],
  ],
  [
    'escalation',
    'Hi Yan, since I moved activation to the first paid invoice, as you advised, week-4 retention rose to 70%. The puzzle now: agencies that invoice for several clients look active but never pay. Should they count as one account or many? I would value no more than 20 minutes with you on that.',
    [],
    ['slot-too-long', 'prior-context', 'vague-question'],
  ],
]);
