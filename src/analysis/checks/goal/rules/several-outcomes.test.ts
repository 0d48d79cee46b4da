import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { goalContext } from '../extract-outcome.js';
import { severalOutcomes } from './several-outcomes.js';

const spans = (text: string) => {
  const doc = parseText(text);
  return severalOutcomes.check(doc, goalContext(doc, '2026-11-27')).map((f) => text.slice(f.start, f.end));
};

describe('several-outcomes', () => {
  it.each([
    ['Increase activation by 10% and reduce churn by 5% within six months.', ['reduce churn by 5% within six months.']],
    ['Improve activation, retention and revenue by 31 December 2026.', ['activation, retention and revenue']],
    ['Ship the new onboarding flow to all users and raise NPS by 5 points by June.', ['raise NPS by 5 points by June.']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Decrease support tickets per 1,000 active users by 25% by the end of Q1 2027.',
    'Raise the share of new users who complete onboarding from 55% to 70% within 120 days.',
    'Write the PRD for offline mode and have engineering and design sign it off within 10 weeks.',
    'Launch the referral programme to grow sign-ups by 20% within six months.',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
