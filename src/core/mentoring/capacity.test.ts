import { describe, expect, it } from 'vitest';
import { capacityOf, capacityReason, monthStart, nextMonthStart } from './capacity.js';

describe('a mentor’s room for new asks', () => {
  it('counts this calendar month and has room again on the first of the next, across a year’s end', () => {
    expect(monthStart('2026-12-31')).toBe('2026-12-01T00:00:00.000Z');
    expect(nextMonthStart('2026-12-08')).toBe('2027-01-01');
    expect(nextMonthStart('2027-01-31')).toBe('2027-02-01');
    expect(nextMonthStart('2027-09-30')).toBe('2027-10-01');
  });

  it('has room below the offered number and none at it, saying until when', () => {
    expect(capacityOf({ asksPerMonth: 2 }, 1, '2026-12-08')).toEqual({ asksPerMonth: 2, used: 1, available: true, roomFrom: null });
    const full = capacityOf({ asksPerMonth: 2 }, 2, '2026-12-08');
    expect(full).toEqual({ asksPerMonth: 2, used: 2, available: false, roomFrom: '2027-01-01' });
    expect(capacityReason('Ada', full)).toBe('Ada has no capacity until 2027-01-01 (2 of 2 new asks this month)');
    expect(capacityReason('Ada', capacityOf({ asksPerMonth: 0 }, 0, '2026-12-08'))).toMatch(/takes no new asks/);
  });
});
