import { describe, expect, it } from 'vitest';
import { createClock } from '../clock.js';
import { officeHoursInvitation } from './office-hours-invitation.js';

const booking = { id: 'b-1', startsAt: '2027-03-29T07:00:00.000Z', endsAt: '2027-03-29T07:20:00.000Z', minutes: 20 };

/** The content lines of an iCalendar text, unfolded. */
const linesOf = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the office-hours invitation', () => {
  it('keeps names with commas, semicolons and quotes inside their values', () => {
    const ics = officeHoursInvitation(
      { clock: createClock('2027-03-20') },
      {
        booking,
        mentor: { name: 'Ada "the mentor", PM; Paris', email: 'ada@example.com' },
        mentee: { name: 'Bo\nNewline', email: 'bo@example.com' },
      },
    );
    const lines = linesOf(ics);
    expect(lines).toContain('SUMMARY:Office hours: Ada "the mentor"\\, PM\\; Paris and Bo\\nNewline');
    expect(lines).toContain(`ORGANIZER;CN="Ada 'the mentor', PM; Paris":mailto:ada@example.com`);
    expect(lines.find((l) => l.startsWith('ATTENDEE'))).toMatch(/;CN="Bo Newline":mailto:bo@example\.com$/i);
    expect(lines).toContain('DTSTART:20270329T070000Z');
    expect(lines).toContain('DTEND:20270329T072000Z');
    expect(ics.split('\r\n').every((l) => l.length <= 75)).toBe(true);
  });

  it('names no organizer or attendee without an email to address them by', () => {
    const lines = linesOf(
      officeHoursInvitation(
        { clock: createClock('2027-03-20') },
        { booking, mentor: { name: 'Ada', email: null }, mentee: { name: 'Bo', email: null } },
      ),
    );
    expect(lines.some((l) => l.startsWith('ORGANIZER') || l.startsWith('ATTENDEE'))).toBe(false);
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:office-hours-b-1@understudy');
  });

  it('cancels the same event: method, status and a later sequence', () => {
    const parties = { mentor: { name: 'Ada', email: 'ada@example.com' }, mentee: { name: 'Bo', email: 'bo@example.com' } };
    const made = linesOf(officeHoursInvitation({ clock: createClock('2027-03-20') }, { booking, ...parties }));
    const cancelled = linesOf(officeHoursInvitation({ clock: createClock('2027-03-21') }, { booking, ...parties, cancelled: true }));
    expect(made).toEqual(expect.arrayContaining(['METHOD:REQUEST', 'STATUS:CONFIRMED', 'SEQUENCE:0']));
    expect(cancelled).toEqual(expect.arrayContaining(['METHOD:CANCEL', 'STATUS:CANCELLED', 'SEQUENCE:1']));
    const uid = (lines: string[]) => lines.find((l) => l.startsWith('UID:'));
    expect(uid(cancelled)).toBe(uid(made));
  });
});
