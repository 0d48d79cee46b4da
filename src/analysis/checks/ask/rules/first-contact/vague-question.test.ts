import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { vagueQuestion } from './vague-question.js';

const spans = (text: string) => vagueQuestion.check(parseText(text), undefined).map((f) => text.slice(f.start, f.end));

describe('vague-question', () => {
  it.each([
    ['Loved your playbook. Thoughts?', ['Thoughts?']],
    ['Any tips for a PM starting in growth?', ['Any tips']],
    ['How can I get better at roadmapping?', ['How can I get better']],
    ['Which skills should I focus on this year?', ['Which skills should']],
    ['I would be grateful for some guidance.', ['some guidance']],
    ['What do you think about freemium?', ['What do you think']],
    ['What would you do in my shoes?', ['What would you do']],
    ['What books would you recommend for pricing?', ['What books']],
    ['How do I convince my CEO that pricing needs a PM?', ['How do I']],
    ["I'd value your big-picture view on our launch plan.", ['your big-picture view']],
    ['How would you approach a project like mine?', ['How would you approach a project like mine']],
    ['Any chance you could share how to build a marketplace like ours from scratch?', ['how to build a marketplace like ours']],
    ['how do i get this off the ground??', ['how do i get this off the ground']],
    [
      "Loved your talk on pricing. What do you wish you'd known early in your career, and what should I focus on as a new PM?",
      ['what should I focus on'],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    "I'd love to know which single kill criterion you set first.",
    'Do you think the streak rule would transfer to a B2B habit?',
    'If you were in my position, would you cap by seats or by usage?',
    'I followed your advice on annual plans. Did you ever go above a 20% discount?',
    'I would love your thoughts on whether to cap by requests or by storage.',
    'How should we split the shared step, upstream or downstream?',
    "I'm not asking for general advice, just this: do you show prices in euros?",
    "I'd love your honest take on whether the annual toggle should default on.",
    'How did you get Sums off the ground in the first year?',
    'How do you price something like this: per seat or per project?',
    'How did you handle a refund like this one in your marketplace?',
    'What was your first take when the churn numbers came in?',
    'Your write-up on the drone rig was brilliant. You went from mechanic to head of product: what would you do differently on that path?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
