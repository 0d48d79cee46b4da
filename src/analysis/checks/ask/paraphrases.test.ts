import { describe, expect, it } from 'vitest';
import type { AskStage } from './ask-context.js';
import { checkAsk } from './check-ask.js';

/**
 * Wordings of each rule that are not in the labelled examples, and near-misses that must pass:
 * the checks read what a sentence asks for, not the sentences they were tuned on. Each row:
 * the stage, the text, the error rules it must raise, and the ones it must not.
 */
const rows: Array<[AskStage, string, string[], string[]]> = [
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
];

describe('ask check on wordings beyond the labelled examples', () => {
  it.each(rows)('%s: %s', (stage, text, must, mustNot) => {
    const errors = checkAsk(text, { stage })
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    for (const rule of must) expect(errors, `must raise ${rule}`).toContain(rule);
    for (const rule of mustNot) expect(errors, `must not raise ${rule}`).not.toContain(rule);
  });
});
