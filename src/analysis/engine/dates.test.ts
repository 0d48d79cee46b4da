import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween, parseIsoDate } from './calendar.js';
import { findNonBounds, findTimeBounds } from './dates.js';
import { parseText } from './text.js';

const TODAY = '2026-11-27';
const first = (text: string, today = TODAY) => {
  const [b] = findTimeBounds(parseText(text), today);
  return b ? { text: text.slice(b.start, b.end), deadline: b.deadline, months: b.months } : null;
};

describe('findTimeBounds', () => {
  it.each([
    ['Ship it within six months.', 'within six months', '2027-05-27', 6],
    ['Grow ARR in 4 months.', 'in 4 months', '2027-03-27', 4],
    ['Cut churn in 90 days.', 'in 90 days', '2027-02-25', 3],
    ['Ship in 16 weeks.', 'in 16 weeks', '2027-03-19', 4],
    ['Ship in 10 weeks.', 'in 10 weeks', '2027-02-05', 2],
    ['Ship within 120 days.', 'within 120 days', '2027-03-27', 4],
    ['Ship within two quarters.', 'within two quarters', '2027-05-27', 6],
    ['Ship within a year.', 'within a year', '2027-11-27', 12],
    ['Ship in the next three and a half months.', 'in the next three and a half months', '2027-03-14', 4],
    ['Ship by end of Q2.', 'end of Q2', '2027-06-30', 7],
    ['Ship by the end of Q1 2027.', 'the end of Q1 2027', '2027-03-31', 4],
    ["Ship by Q3'27.", "Q3'27", '2027-09-30', 10],
    ['Ship by H1 2027.', 'H1 2027', '2027-06-30', 7],
    ['Ship by March 2027.', 'March 2027', '2027-03-31', 4],
    ['Ship by March next year.', 'March next year', '2027-03-31', 4],
    ['Ship by mid-March.', 'mid-March', '2027-03-15', 4],
    ['Ship by the end of April 2027.', 'end of April 2027', '2027-04-30', 5],
    ['Ship by 31 December 2026.', '31 December 2026', '2026-12-31', 1],
    ['Ship by December 31, 2026.', 'December 31, 2026', '2026-12-31', 1],
    ['Ship by 2027-03-31.', '2027-03-31', '2027-03-31', 4],
    ['Ship by the end of the year.', 'the end of the year', '2026-12-31', 1],
    ['Ship by year-end.', 'year-end', '2026-12-31', 1],
    ['Ship by the end of next quarter.', 'the end of next quarter', '2027-03-31', 4],
    ['Ship by the end of 2027.', 'the end of 2027', '2027-12-31', 13],
    ['Ship by mid-2027.', 'mid-2027', '2027-06-30', 7],
    ['Ship by FY27.', 'FY27', '2027-12-31', 13],
  ])('%j → %j (%s, %d months)', (text, span, deadline, months) => {
    expect(first(text)).toEqual({ text: span, deadline, months });
  });

  it('resolves a missing year to the next period not yet over', () => {
    expect(first('by end of Q1', '2027-05-02')?.deadline).toBe('2028-03-31');
    expect(first('by the end of next quarter', '2027-04-10')?.deadline).toBe('2027-09-30');
    expect(first('by March', '2027-02-01')?.deadline).toBe('2027-03-31');
  });

  it.each([
    'Grow 30-day retention.',
    'Retention in the first 30 days.',
    'Sessions over the last 30 days.',
    'Draft the Q2 OKRs.',
    'We may ship it.',
    'Write the 2027 strategy.',
    'Ten sign-ups per week.',
    'Ship it asap.',
    'Grow it eventually, over time.',
  ])('finds no bound in %j', (text) => {
    expect(findTimeBounds(parseText(text), TODAY)).toEqual([]);
  });

  it('still finds bounds with an invalid reference date, without dates', () => {
    expect(findTimeBounds(parseText('within six months'), 'soon')).toEqual([
      expect.objectContaining({ deadline: null, months: null, span: { value: 6, unit: 'month' } }),
    ]);
  });
});

describe('findNonBounds', () => {
  it('names timing that bounds nothing, but not inside a bound', () => {
    const text = 'Grow it asap, eventually 10 per week, within a year.';
    const doc = parseText(text);
    expect(findNonBounds(doc, findTimeBounds(doc, TODAY)).map((s) => text.slice(s.start, s.end))).toEqual([
      'asap',
      'eventually',
      'per week',
    ]);
  });
});

describe('date arithmetic', () => {
  it('adds calendar months, clamping the day', () => {
    expect(addMonths({ year: 2027, month: 1, day: 31 }, 1)).toEqual({ year: 2027, month: 2, day: 28 });
    expect(addMonths({ year: 2026, month: 11, day: 27 }, -12)).toEqual({ year: 2025, month: 11, day: 27 });
  });

  it('rounds months to the nearest whole month, negative for the past', () => {
    const today = parseIsoDate(TODAY);
    if (!today) throw new Error('bad date');
    expect(monthsBetween(today, { year: 2027, month: 3, day: 27 })).toBe(4);
    expect(monthsBetween(today, { year: 2027, month: 2, day: 5 })).toBe(2);
    expect(monthsBetween(today, { year: 2026, month: 5, day: 27 })).toBe(-6);
  });

  it('rejects impossible ISO dates', () => {
    expect(parseIsoDate('2027-02-30')).toBeUndefined();
    expect(parseIsoDate('27/11/2026')).toBeUndefined();
  });
});
