import { describe, expect, it } from 'vitest';
import { upcomingOccurrences } from './office-hours.js';
import type { OfficeHours } from './schemas.js';
import { weekdayOf, zonedDate, zonedToUtc, zoneOffsetMinutes } from './zoned-time.js';

/** What the clocks of `zone` show at `iso`, `YYYY-MM-DD HH:MM`, as the runtime's own formatter says. */
const shown = (zone: string, iso: string) => {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(zone, format);
  }
  return format.format(new Date(iso));
};
const formats = new Map<string, Intl.DateTimeFormat>();

describe('local time in a time zone to UTC', () => {
  it('reads the offset of each side of summer time', () => {
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2027-01-15T12:00:00Z'))).toBe(60);
    expect(zoneOffsetMinutes('Europe/Paris', Date.parse('2027-07-15T12:00:00Z'))).toBe(120);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2027-01-15T12:00:00Z'))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2027-07-15T12:00:00Z'))).toBe(-240);
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.parse('2027-07-15T12:00:00.500Z'))).toBe(330);
    expect(zoneOffsetMinutes('UTC', Date.parse('2027-07-15T12:00:00Z'))).toBe(0);
  });

  it('keeps a 09:00 slot at 09:00 on the wall clock in Paris across the spring change (2027-03-28)', () => {
    expect(zonedToUtc('Europe/Paris', '2027-03-27', '09:00')).toBe('2027-03-27T08:00:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2027-03-28', '09:00')).toBe('2027-03-28T07:00:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2027-03-28', '01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
  });

  it('reads a time the clocks skip in Paris with the winter offset: 02:30 is 03:30 summer time', () => {
    const instant = zonedToUtc('Europe/Paris', '2027-03-28', '02:30');
    expect(instant).toBe('2027-03-28T01:30:00.000Z');
    expect(shown('Europe/Paris', instant)).toBe('2027-03-28 03:30');
  });

  it('takes the first of the two 02:30s when Paris goes back to winter time (2026-10-25)', () => {
    expect(zonedToUtc('Europe/Paris', '2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2026-10-25', '03:00')).toBe('2026-10-25T02:00:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2026-10-24', '02:30')).toBe('2026-10-24T00:30:00.000Z');
    expect(zonedToUtc('Europe/Paris', '2026-10-26', '02:30')).toBe('2026-10-26T01:30:00.000Z');
  });

  it('follows New York over its own change dates (2027-03-14 and 2026-11-01)', () => {
    expect(zonedToUtc('America/New_York', '2027-03-13', '09:00')).toBe('2027-03-13T14:00:00.000Z');
    expect(zonedToUtc('America/New_York', '2027-03-14', '09:00')).toBe('2027-03-14T13:00:00.000Z');
    expect(zonedToUtc('America/New_York', '2027-03-14', '02:30')).toBe('2027-03-14T07:30:00.000Z');
    expect(shown('America/New_York', '2027-03-14T07:30:00.000Z')).toBe('2027-03-14 03:30');
    expect(zonedToUtc('America/New_York', '2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedToUtc('America/New_York', '2026-11-01', '09:00')).toBe('2026-11-01T14:00:00.000Z');
    expect(zonedToUtc('America/New_York', '2026-10-31', '23:45')).toBe('2026-11-01T03:45:00.000Z');
  });

  it('lands on the wall time asked for at every quarter hour of a year in both zones, except the skipped hour', () => {
    for (const zone of ['Europe/Paris', 'America/New_York']) {
      let skipped = 0;
      for (let day = 0; day < 365; day += 1) {
        const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
        for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const instant = zonedToUtc(zone, date, time);
          if (shown(zone, instant) === `${date} ${time}`) continue;
          skipped += 1;
          // Only a skipped time moves: an hour later on the wall clock.
          expect(zoneOffsetMinutes(zone, Date.parse(instant)) - zoneOffsetMinutes(zone, Date.parse(instant) - 86_400_000)).toBe(60);
        }
      }
      expect(skipped, zone).toBe(4);
    }
  });

  it('tells the local date and the weekday', () => {
    expect(zonedDate('Pacific/Auckland', '2027-01-04T20:00:00.000Z')).toBe('2027-01-05');
    expect(zonedDate('America/Los_Angeles', '2027-01-05T03:00:00.000Z')).toBe('2027-01-04');
    expect(weekdayOf('2027-03-22')).toBe('monday');
    expect(weekdayOf('2027-03-28')).toBe('sunday');
  });
});

describe('the upcoming starts of office-hour slots', () => {
  const paris = (cadence: OfficeHours['cadence'], slots: OfficeHours['slots']): OfficeHours => ({
    cadence,
    timeZone: 'Europe/Paris',
    slots,
  });

  it('gives every such weekday for eight weeks, at the same wall time across the change to summer time', () => {
    const hours = paris('weekly', [{ weekday: 'monday', time: '09:00', minutes: 20 }]);
    const found = upcomingOccurrences(hours, '2027-03-20T12:00:00.000Z');
    expect(found.map((o) => o.startsAt)).toEqual([
      '2027-03-22T08:00:00.000Z',
      '2027-03-29T07:00:00.000Z',
      '2027-04-05T07:00:00.000Z',
      '2027-04-12T07:00:00.000Z',
      '2027-04-19T07:00:00.000Z',
      '2027-04-26T07:00:00.000Z',
      '2027-05-03T07:00:00.000Z',
      '2027-05-10T07:00:00.000Z',
    ]);
    expect(found[1]).toEqual({
      startsAt: '2027-03-29T07:00:00.000Z',
      endsAt: '2027-03-29T07:20:00.000Z',
      minutes: 20,
      weekday: 'monday',
      localDate: '2027-03-29',
      localTime: '09:00',
    });
  });

  it('gives the first such weekday of each month for a monthly cadence', () => {
    const hours = paris('monthly', [{ weekday: 'thursday', time: '09:00', minutes: 15 }]);
    expect(upcomingOccurrences(hours, '2027-02-20T12:00:00.000Z').map((o) => o.startsAt)).toEqual([
      '2027-03-04T08:00:00.000Z',
      '2027-04-01T07:00:00.000Z',
    ]);
  });

  it('starts after now and before the window ends, sorted, with two slots at one instant given once', () => {
    const hours = paris('weekly', [
      { weekday: 'tuesday', time: '14:00', minutes: 30 },
      { weekday: 'tuesday', time: '10:00', minutes: 15 },
      { weekday: 'tuesday', time: '10:00', minutes: 45 },
    ]);
    // Now is the start of the 10:00 slot, and two weeks on is the start of another: neither is offered.
    const found = upcomingOccurrences(hours, '2027-01-05T09:00:00.000Z', 2);
    expect(found.map((o) => [o.startsAt, o.minutes])).toEqual([
      ['2027-01-05T13:00:00.000Z', 30],
      ['2027-01-12T09:00:00.000Z', 15],
      ['2027-01-12T13:00:00.000Z', 30],
    ]);
  });

  it('reads the mentor’s own calendar day, ahead of UTC or behind it', () => {
    const auckland: OfficeHours = {
      cadence: 'weekly',
      timeZone: 'Pacific/Auckland',
      slots: [{ weekday: 'tuesday', time: '10:00', minutes: 15 }],
    };
    expect(upcomingOccurrences(auckland, '2027-01-04T20:00:00.000Z', 1)[0]?.startsAt).toBe('2027-01-04T21:00:00.000Z');
    const la: OfficeHours = {
      cadence: 'weekly',
      timeZone: 'America/Los_Angeles',
      slots: [{ weekday: 'monday', time: '20:00', minutes: 15 }],
    };
    expect(upcomingOccurrences(la, '2027-01-05T03:00:00.000Z', 1)[0]?.startsAt).toBe('2027-01-05T04:00:00.000Z');
  });
});
