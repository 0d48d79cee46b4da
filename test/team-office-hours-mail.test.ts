import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { type ReceivedMail, smtpSinkForSuite } from './helpers/smtp-sink.js';
import { createTeamTestApp, type TeamTestApp, teamBase } from './helpers/team-app.js';
import { circledBackInApp, offerToMentor } from './helpers/team-asks.js';

/** Ada's office hours: Thursdays at 09:30 in Paris, 20 minutes; 2026-12-10 is a Thursday (08:30 UTC). */
const officeHoursOffer = {
  skills: ['strategy'],
  asksPerMonth: 10,
  officeHours: { cadence: 'weekly', timeZone: 'Europe/Paris', slots: [{ weekday: 'thursday', time: '09:30', minutes: 20 }] },
};
const THURSDAY = '2026-12-10T08:30:00.000Z';

/** The calendar part's content lines, unfolded. */
const calendarLines = (mail: ReceivedMail | undefined) => (mail?.calendar ?? '').replace(/\r\n[ \t]/g, '').split('\r\n');

describeEachDialect('office hours by mail: the other person is told, and their calendar updated', (_dialect, newDatabase) => {
  const sink = smtpSinkForSuite();
  let team: TeamTestApp;

  afterEach(async () => {
    await team?.close();
    sink.clear();
  });

  it('mails the mentor an invitation when the mentee books, and a cancellation to whoever did not cancel', async () => {
    team = await createTeamTestApp(await newDatabase(), { today: '2026-12-08', smtp: sink.config() });
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    await team.member('cy@example.com');
    await team.ok(ada, 'PUT', '/api/team/mail-settings', { notices: true });
    await offerToMentor(team, ada, officeHoursOffer);
    const { conversationId } = await circledBackInApp(team, bo, ada);
    await team.mailing.idle();
    sink.clear();

    const booked = await team.ok<{ id: string }>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    const [invitation] = await sink.waitFor(1);
    expect(invitation?.to).toEqual(['ada@example.com']);
    expect(invitation?.subject).toBe('bo booked office hours with you on 2026-12-10 at 08:30 UTC');
    expect(invitation?.text).toContain(`${teamBase}/inbox/${conversationId}`);
    const request = calendarLines(invitation);
    expect(request).toEqual(
      expect.arrayContaining(['METHOD:REQUEST', `UID:office-hours-${booked.id}@understudy`, 'DTSTART:20261210T083000Z']),
    );
    expect(request.find((l) => l.startsWith('ATTENDEE'))).toMatch(/mailto:bo@example\.com$/i);

    // The mentee cancels: the mentor's calendar is told to remove the same event; the mentee gets nothing.
    expect((await team.call(bo, 'DELETE', `/api/team/bookings/${booked.id}`)).status).toBe(204);
    const [, cancelled] = await sink.waitFor(2);
    expect(cancelled?.to).toEqual(['ada@example.com']);
    expect(cancelled?.subject).toBe('bo cancelled your office hours of 2026-12-10 at 08:30 UTC');
    expect(calendarLines(cancelled)).toEqual(
      expect.arrayContaining(['METHOD:CANCEL', 'STATUS:CANCELLED', `UID:office-hours-${booked.id}@understudy`]),
    );

    // Booked again and cancelled by the mentor: the mentee is told. A mentor with notices off is not.
    await team.ok(ada, 'PUT', '/api/team/mail-settings', { notices: false });
    const again = await team.ok<{ id: string }>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    expect((await team.call(ada, 'DELETE', `/api/team/bookings/${again.id}`)).status).toBe(204);
    const [, , toBo] = await sink.waitFor(3);
    expect(toBo?.to).toEqual(['bo@example.com']);
    expect(toBo?.subject).toBe('ada cancelled your office hours of 2026-12-10 at 08:30 UTC');
    expect(calendarLines(toBo)).toContain('METHOD:CANCEL');
    await team.mailing.idle();
    const all = await sink.received();
    expect(all.flatMap((m) => m.to)).toEqual(['ada@example.com', 'ada@example.com', 'bo@example.com']);
    expect(all.some((m) => m.to.includes('cy@example.com'))).toBe(false);
  });
});
