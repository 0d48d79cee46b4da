/**
 * A corpus of varied messages for the check benchmarks, generated from fragments with a
 * seeded generator, so every run measures the same texts: first contacts, follow-ups,
 * circle-backs, escalations, goals, feedback requests and replies, in many lengths.
 */

import { seeded as random } from '../../test/helpers/seeded.js';

const greetings = ['Hi Maya,', 'Hello Sam,', 'Dear Dr. Okafor,', 'Hey Priya —', 'Good morning Lena,', ''];
const references = [
  'I read your post on annual-plan pricing.',
  'I listened to your podcast episode about activation loops.',
  "I watched your talk on growth models at last year's summit.",
  'Your article on churn cohorts changed how I look at retention.',
  'You mentioned a "reverse trial" framework in your newsletter.',
  'I follow your work on LinkedIn.',
  '',
];
const asks = [
  'Is there a specific product you think is the best example of that approach in practice?',
  'Would you be my mentor?',
  'Could we grab a coffee next week so I can pick your brain?',
  'Any advice for someone moving into growth?',
  'How did you get to where you are today?',
  'Could you review my pricing deck and introduce me to your head of sales?',
  'Which single metric would you watch first when a paywall test starts?',
  'What made you pick a 14-day trial over 7 days?',
];
const fillers = [
  'I know you are busy, so sorry to bother you.',
  'I moved from core product to the Growth team three months ago and my manager asked me to own monetization.',
  'We are a B2B SaaS company with about 40,000 weekly active users and a freemium plan.',
  'Thanks so much in advance!',
  'My team and I have been running experiments on the checkout flow since the summer, with mixed results so far.',
  '',
];
const followUps = [
  'Following up on my note from last week: which metric would you watch first in a paywall test?',
  "I haven't heard back, just bumping this to the top of your inbox.",
  'A gentle nudge on my question about trial length, no pressure at all.',
];
const circleBacks = [
  'Thank you for the tip on showing the monthly price next to the annual one. We tried it on our upgrade screen for two weeks and the annual take rate went from 18% to 23%.',
  'I applied the framework to my project and we saw a result. Thank you.',
  'Thanks again! I moved the invite prompt after the first project like you suggested; activation rose 6 points in our March cohort. Happy to share the data if useful.',
];
const escalations = [
  'Building on the pricing test that lifted annual take rate to 23%: the lift fades on mobile. Would you have 15 minutes in the next few weeks to look at how to segment the next test?',
  "Could we set up an hour to go through our whole roadmap? We haven't met yet.",
];
const goals = [
  'Increase activation from 30% to 40% by end of Q2 2027.',
  'Learn growth.',
  'Ship 12 pricing experiments within six months, with the results reviewed by the VP of Product.',
  'Get better at strategy.',
  'Reduce churn by 2 points in 4 months.',
  'Write a vision document for the payments team, approved by the exec team, by March 2027.',
];
const requests = [
  "During Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive?",
  'Any feedback on my presentation?',
  'In my 1:1 with Sam today, was my tone too blunt when I pushed back on the timeline?',
];
const replies = [
  "Thank you, that's really useful. I hadn't noticed I look down when I think; I'll try pausing out loud instead.",
  'Actually, I only did that because the data was late, so it was not really my fault.',
  'Thanks, but to be fair the question was unfair.',
  'Noted.',
];

const pick = <T>(items: readonly T[], r: () => number): T => items[Math.floor(r() * items.length)] as T;

/** A message for the benchmark: its text and the stage it is checked at. */
export interface BenchMessage {
  kind: 'first-contact' | 'follow-up' | 'circle-back' | 'escalation' | 'goal' | 'feedback-request' | 'feedback-reply';
  text: string;
}

/** Builds `count` varied messages (deterministic for a seed). */
export function buildCorpus(count: number, seed = 2026): BenchMessage[] {
  const r = random(seed);
  const out: BenchMessage[] = [];
  for (let i = 0; i < count; i++) {
    const roll = r();
    if (roll < 0.55) {
      const parts = [pick(greetings, r), pick(references, r)];
      for (let f = Math.floor(r() * 3); f > 0; f--) parts.push(pick(fillers, r));
      parts.push(pick(asks, r));
      if (r() < 0.3) parts.push(pick(asks, r));
      parts.push(r() < 0.5 ? 'Thanks, Alex' : '');
      out.push({ kind: 'first-contact', text: parts.filter(Boolean).join(' ') });
    } else if (roll < 0.62) out.push({ kind: 'follow-up', text: `${pick(greetings, r)} ${pick(followUps, r)}`.trim() });
    else if (roll < 0.69) out.push({ kind: 'circle-back', text: `${pick(greetings, r)} ${pick(circleBacks, r)}`.trim() });
    else if (roll < 0.74) out.push({ kind: 'escalation', text: `${pick(greetings, r)} ${pick(escalations, r)}`.trim() });
    else if (roll < 0.84) out.push({ kind: 'goal', text: pick(goals, r) });
    else if (roll < 0.92) out.push({ kind: 'feedback-request', text: pick(requests, r) });
    else out.push({ kind: 'feedback-reply', text: pick(replies, r) });
  }
  return out;
}
