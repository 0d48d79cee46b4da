import { describe, expect, it } from 'vitest';
import { extractOutcome } from './extract-outcome.js';

const TODAY = '2026-11-27';
const read = (text: string, today = TODAY) => extractOutcome(text, { today });

describe('extractOutcome', () => {
  it('reads a metric goal with baseline and target', () => {
    expect(read('Increase week-1 activation from 30% to 40% by the end of Q1 2027.')).toEqual({
      kind: 'metric',
      metric: 'week-1 activation',
      direction: 'up',
      change: { value: 10, unit: 'points' },
      baseline: 30,
      target: 40,
      deliverable: null,
      criterion: null,
      stakeholders: null,
      horizonMonths: 4,
      deadline: '2027-03-31',
    });
  });

  it('reads a deliverable with its criterion and stakeholders', () => {
    expect(read('Write a 2027 platform strategy that aligns 3 product teams, signed off by the CPO, within four months.')).toMatchObject({
      kind: 'deliverable',
      deliverable: '2027 platform strategy',
      criterion: 'aligns 3 product teams',
      stakeholders: 3,
      change: null,
      direction: null,
      horizonMonths: 4,
    });
  });

  it.each([
    ['Grow podcast listeners by 30% by the end of March 2027.', 'up', { value: 30, unit: 'percent' }],
    ['Cut customer acquisition cost by ¥2,000 by 30 April 2027.', 'down', { value: 2000, unit: 'currency' }],
    ['Halve the number of failed payments within 90 days.', 'down', { value: 0.5, unit: 'multiple' }],
    ['Increase CSAT from 4.1 to 4.5 by the end of February 2027.', 'up', { value: 0.4, unit: 'points' }],
    ['Grow ARR from €1.2M to €2M by the end of Q3 2027.', 'up', { value: 800_000, unit: 'currency' }],
    ['Reduce time to hire from 45 days to 30 days by end of Q2 2027.', 'down', { value: 15, unit: 'count' }],
    ['Goal: churn ↓ from 6% to 4.5% by end of Q1 2027', 'down', { value: 1.5, unit: 'points' }],
    ['- Goal: NPS +10 points\n- Deadline: 31 March 2027', 'up', { value: 10, unit: 'points' }],
    ['Bring involuntary churn (failed card payments) down by 30% in 4 months.', 'down', { value: 30, unit: 'percent' }],
    ['Get 500 more paying subscribers by the end of February 2027.', 'up', { value: 500, unit: 'count' }],
    ['Activation is 30% today. Raise it to 40% by the end of Q1 2027.', 'up', { value: 10, unit: 'points' }],
  ])('reads the change of %j', (text, direction, change) => {
    expect(read(text)).toMatchObject({ kind: 'metric', direction, change });
  });

  it.each([
    ['Ship 6 pricing tests to 10% of traffic by end of February 2027.', 6, 'to 10% of traffic'],
    ['Run twenty customer interviews and publish the synthesis by 15 January 2027.', 20, null],
    ['Launch the new self-serve checkout in Germany and France by 31 March 2027.', null, 'in Germany'],
    ['Get the pricing page redesign signed-off by marketing and finance by end of February 2027.', null, 'signed-off by marketing'],
    ['Get the CEO to approve a new pricing model.', null, 'approve a new pricing model'],
  ])('reads the deliverable of %j', (text, count, criterion) => {
    const o = read(text);
    expect(o.kind).toBe('deliverable');
    expect(o.change).toEqual(count === null ? null : { value: count, unit: 'count' });
    expect(o.criterion).toBe(criterion);
  });

  it.each([
    'Learn SQL in 3 months.',
    'Study how a marketplace prices its fees by the end of January.',
    'Get promoted to Director within a year.',
    'Grow the business.',
    'Understand monetization deeply within two quarters.',
  ])('reads no outcome in %j', (text) => {
    expect(read(text).kind).toBeNull();
  });

  it('uses its own reference date', () => {
    expect(read('Reduce churn by 2 points by the end of the year.', '2027-07-01')).toMatchObject({
      deadline: '2027-12-31',
      horizonMonths: 6,
    });
  });
});
