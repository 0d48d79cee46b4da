import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from './helpers/app.js';
import { describeEachDialect } from './helpers/dialects.js';
import { ask } from './helpers/loop-api.js';
import { createTeamTestApp, type TeamTestApp, type TestMember } from './helpers/team-app.js';
import { appliedAdviceInApp, circledBackInApp } from './helpers/team-asks.js';

interface Occurrence {
  startsAt: string;
  endsAt: string;
  minutes: number;
  localDate: string;
  localTime: string;
  free: boolean;
}
interface OfficeHoursView {
  colleague: { id: string; name: string };
  occurrences: Occurrence[];
  booking: { allowed: boolean; reason: string | null };
}
interface Booking {
  id: string;
  startsAt: string;
  endsAt: string;
  minutes: number;
  role: string;
  other: { id: string; name: string };
  relationship?: { id: string; stage: string; officeHoursCadence: string | null; officeHoursMinutes: number | null } | null;
}

/** Ada's office hours: Thursdays at 09:30 in Paris, 20 minutes. 2026-12-10 is a Thursday (08:30 UTC in winter). */
const officeHoursOffer = {
  skills: ['strategy'],
  tags: ['pricing'],
  asksPerMonth: 10,
  officeHours: { cadence: 'weekly', timeZone: 'Europe/Paris', slots: [{ weekday: 'thursday', time: '09:30', minutes: 20 }] },
};
const THURSDAY = '2026-12-10T08:30:00.000Z';
const NEXT_THURSDAY = '2026-12-17T08:30:00.000Z';

const escalation =
  'Thanks again for the pricing advice: I applied the monthly framing on our checkout and conversion rose 6%. Could I have 15 minutes next week on one nuance: how to price the team tier when seats vary?';

describeEachDialect('office hours: booked into a colleague’s declared slots, with an invitation', (_dialect, newDatabase) => {
  let url: string;
  let team: TeamTestApp;
  let ada: TestMember;
  let bo: TestMember;
  let cy: TestMember;

  const book = (who: TestMember, startsAt: string) => team.call(who, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt });

  beforeEach(async () => {
    url = await newDatabase();
    team = await createTeamTestApp(url, { today: '2026-12-08' });
    ada = await team.member('ada@example.com');
    bo = await team.member('bo@example.com');
    cy = await team.member('cy@example.com');
    await team.ok(ada, 'PUT', '/api/team/offer', officeHoursOffer);
  });
  afterEach(async () => {
    await team.close();
  });

  it('offers eight weeks of Thursdays in Paris time, free until booked, and refuses a booking before trust exists', async () => {
    const seen = await team.ok<OfficeHoursView>(bo, 'GET', `/api/team/mentors/${ada.id}/office-hours`);
    expect(seen.colleague).toEqual({ id: ada.id, name: 'ada' });
    expect(seen.occurrences).toHaveLength(8);
    expect(seen.occurrences[0]).toMatchObject({ startsAt: THURSDAY, endsAt: '2026-12-10T08:50:00.000Z', localTime: '09:30', free: true });
    expect(seen.occurrences.every((o) => o.free && o.localTime === '09:30')).toBe(true);
    expect(seen.booking.allowed).toBe(false);
    expect(seen.booking.reason).toMatch(/smallest ask/);
    expect(await team.refused(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY })).toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });

    await appliedAdviceInApp(team, bo, ada);
    const before = await team.refused(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY });
    expect(before).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(before.message).toMatch(/after a circle-back that passed/);
    expect((await team.ok<{ items: unknown[] }>(bo, 'GET', '/api/team/bookings')).items).toEqual([]);
    // Ada's own office hours are hers to read, not to book; a colleague who offers none is not found.
    expect((await team.ok<OfficeHoursView>(ada, 'GET', `/api/team/mentors/${ada.id}/office-hours`)).booking.allowed).toBe(false);
    expect((await team.refused(ada, 'GET', `/api/team/mentors/${cy.id}/office-hours`)).status).toBe(404);
  });

  it('books a free start after a circle-back, records the office hours on the relationship, and moves it after an escalation', async () => {
    const { relationshipId } = await circledBackInApp(team, bo, ada);
    expect((await team.ok<OfficeHoursView>(bo, 'GET', `/api/team/mentors/${ada.id}/office-hours`)).booking).toEqual({
      allowed: true,
      reason: null,
    });
    // Any way of writing the same instant books it.
    const booked = await team.ok<Booking>(
      bo,
      'POST',
      '/api/team/bookings',
      { mentorUserId: ada.id, startsAt: '2026-12-10T09:30:00+01:00' },
      201,
    );
    expect(booked).toMatchObject({ startsAt: THURSDAY, endsAt: '2026-12-10T08:50:00.000Z', minutes: 20, role: 'mentee' });
    expect(booked.other).toEqual({ id: ada.id, name: 'ada' });
    // Office hours follow an escalation: the stage stays, the office hours are recorded.
    expect(booked.relationship).toMatchObject({
      id: relationshipId,
      stage: 'circled-back',
      officeHoursCadence: 'weekly',
      officeHoursMinutes: 20,
    });

    const forCy = await team.ok<OfficeHoursView>(cy, 'GET', `/api/team/mentors/${ada.id}/office-hours`);
    expect(forCy.occurrences.find((o) => o.startsAt === THURSDAY)?.free).toBe(false);
    expect(forCy.occurrences.filter((o) => !o.free)).toHaveLength(1);
    expect(JSON.stringify(forCy)).not.toContain(bo.id);

    await circledBackInApp(team, cy, ada);
    const taken = await team.refused(cy, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY });
    expect(taken).toMatchObject({ status: 409, code: 'conflict' });
    expect(taken.message).toMatch(/taken/);

    // Office hours are a cadence, not a stock: one booking at a time, the next once it has begun.
    const held = "You have booked ada's office hours on 2026-12-10 at 08:30 UTC";
    expect((await team.ok<OfficeHoursView>(bo, 'GET', `/api/team/mentors/${ada.id}/office-hours`)).booking).toEqual({
      allowed: false,
      reason: expect.stringContaining(held),
    });
    const second = await team.refused(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: NEXT_THURSDAY });
    expect(second).toMatchObject({ status: 409, code: 'conflict' });
    expect(second.message).toContain(held);

    await team.ok(bo, 'POST', '/api/team/messages', { to: ada.id, kind: 'escalation', body: escalation, sendAnyway: true }, 201);
    const later = await createTeamTestApp(url, { today: '2026-12-11' });
    let next: Booking;
    try {
      next = await later.ok<Booking>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: NEXT_THURSDAY }, 201);
    } finally {
      await later.close();
    }
    expect(next.relationship).toMatchObject({ stage: 'office-hours', officeHoursCadence: 'weekly', officeHoursMinutes: 20 });

    const mine = await team.ok<{ items: Booking[] }>(bo, 'GET', '/api/team/bookings');
    expect(mine.items.map((b) => [b.id, b.role, b.startsAt])).toEqual([
      [booked.id, 'mentee', THURSDAY],
      [next.id, 'mentee', NEXT_THURSDAY],
    ]);
    const hers = await team.ok<{ items: Booking[] }>(ada, 'GET', '/api/team/bookings');
    expect(hers.items.map((b) => [b.id, b.role, b.other.name])).toEqual([
      [booked.id, 'mentor', 'bo'],
      [next.id, 'mentor', 'bo'],
    ]);
    expect((await team.ok<Booking>(ada, 'GET', `/api/team/bookings/${booked.id}`)).role).toBe('mentor');
    expect((await team.ok<{ items: Booking[] }>(cy, 'GET', '/api/team/bookings')).items).toEqual([]);
  });

  it('lets either of the two cancel a booking before it begins, freeing the start, and no one else', async () => {
    await circledBackInApp(team, bo, ada);
    const first = await team.ok<Booking>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    expect((await team.refused(cy, 'DELETE', `/api/team/bookings/${first.id}`)).status).toBe(404);
    expect((await team.call(bo, 'DELETE', `/api/team/bookings/${first.id}`)).status).toBe(204);
    expect((await team.ok<{ items: Booking[] }>(ada, 'GET', '/api/team/bookings')).items).toEqual([]);
    expect((await team.ok<OfficeHoursView>(cy, 'GET', `/api/team/mentors/${ada.id}/office-hours`)).occurrences.every((o) => o.free)).toBe(
      true,
    );
    // Booked again, the mentor cancels it; cancelling twice finds nothing.
    const again = await team.ok<Booking>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    expect((await team.call(ada, 'DELETE', `/api/team/bookings/${again.id}`)).status).toBe(204);
    expect((await team.refused(ada, 'DELETE', `/api/team/bookings/${again.id}`)).status).toBe(404);
    // Once it has begun, it stays: the next day, from another process on the database.
    const third = await team.ok<Booking>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    const later = await createTeamTestApp(url, { today: '2026-12-11' });
    try {
      const answer = await later.call(bo, 'DELETE', `/api/team/bookings/${third.id}`);
      expect(answer.status, await answer.clone().text()).toBe(400);
    } finally {
      await later.close();
    }
  });

  it('answers one of two bookings of the same start at once, and refuses starts that are not offered', async () => {
    await circledBackInApp(team, bo, ada);
    await circledBackInApp(team, cy, ada);
    // Two mentees, one start: the start goes to one of them.
    const sameStart = await Promise.all([book(bo, THURSDAY), book(cy, THURSDAY)]);
    expect(sameStart.map((a) => a.status).sort()).toEqual([201, 409]);
    // One mentee, two starts at once (two tabs): one booking at a time all the same.
    const other = sameStart[0]?.status === 201 ? cy : bo;
    const twoStarts = await Promise.all([book(other, NEXT_THURSDAY), book(other, '2026-12-24T08:30:00.000Z')]);
    expect(twoStarts.map((a) => a.status).sort()).toEqual([201, 409]);

    for (const startsAt of [
      '2026-12-10T08:31:00.000Z', // not a slot's start
      '2026-12-03T08:30:00.000Z', // past
      '2027-02-04T08:30:00.000Z', // beyond eight weeks
      'next thursday',
    ]) {
      const answer = await team.refused(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt });
      expect(answer, startsAt).toMatchObject({ status: 400, code: 'invalid_input' });
    }
    expect(await team.refused(bo, 'POST', '/api/team/bookings', { mentorUserId: cy.id, startsAt: NEXT_THURSDAY })).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await team.refused(ada, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: NEXT_THURSDAY })).status).toBe(400);
    expect((await team.ok<{ items: unknown[] }>(bo, 'GET', '/api/team/bookings')).items).toHaveLength(1);
  });

  it('writes the invitation for the two people only: one event in UTC, organised by the mentor', async () => {
    await circledBackInApp(team, bo, ada);
    const booked = await team.ok<Booking>(bo, 'POST', '/api/team/bookings', { mentorUserId: ada.id, startsAt: THURSDAY }, 201);
    const path = `/api/team/bookings/${booked.id}/invitation.ics`;
    const texts: string[] = [];
    for (const who of [bo, ada]) {
      const answer = await team.call(who, 'GET', path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
      expect(answer.headers.get('content-disposition')).toBe('attachment; filename="office-hours-2026-12-10.ics"');
      texts.push(await answer.text());
    }
    const lines = (texts[0] as string).replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines).toContain(`UID:office-hours-${booked.id}@understudy`);
    expect(lines).toContain('DTSTART:20261210T083000Z');
    expect(lines).toContain('DTEND:20261210T085000Z');
    expect(lines).toContain('SUMMARY:Office hours: ada and bo');
    expect(lines.find((l) => l.startsWith('ORGANIZER'))).toMatch(/CN="ada".*:mailto:ada@example\.com$/i);
    expect(lines.find((l) => l.startsWith('ATTENDEE'))).toMatch(/CN="bo".*:mailto:bo@example\.com$/i);
    // The mentor's copy is the same event.
    const uid = (text: string) => text.split('\r\n').find((l) => l.startsWith('UID:'));
    expect(uid(texts[1] as string)).toBe(uid(texts[0] as string));

    const unknown = await team.refused(cy, 'GET', '/api/team/bookings/01900000-0000-7000-8000-000000000000/invitation.ics');
    for (const other of [`/api/team/bookings/${booked.id}`, path]) {
      const answer = await team.refused(cy, 'GET', other);
      expect(answer.status).toBe(404);
      expect(answer.text).not.toContain('ada@example.com');
      expect(answer.text.replaceAll(booked.id, '<id>')).toBe(
        (other === path
          ? unknown
          : await team.refused(cy, 'GET', '/api/team/bookings/01900000-0000-7000-8000-000000000000')
        ).text.replaceAll('01900000-0000-7000-8000-000000000000', '<id>'),
      );
    }
  });

  it('answers 404 in solo mode', async () => {
    const solo = createTestApp(team.store);
    for (const [method, path] of [
      ['GET', `/api/team/mentors/${ada.id}/office-hours`],
      ['GET', '/api/team/bookings'],
      ['GET', '/api/team/bookings/x'],
      ['GET', '/api/team/bookings/x/invitation.ics'],
    ] as const) {
      const answer = await solo.request(`${testBase}${path}`, { method });
      expect(answer.status, path).toBe(404);
    }
    const posted = await solo.request(`${testBase}/api/team/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mentorUserId: ada.id, startsAt: THURSDAY }),
    });
    expect(posted.status).toBe(404);
  });

  it('keeps each gap’s relationship with a colleague to its own order: a circle-back on one earns no escalation on another', async () => {
    await circledBackInApp(team, bo, ada);
    // The conversation's relationship has circled back: an escalation there passes its order.
    const escalated = await team.ok<{ logged: { relationship: { stage: string } } }>(
      bo,
      'POST',
      '/api/team/messages',
      { to: ada.id, kind: 'escalation', body: escalation },
      201,
    );
    expect(escalated.logged.relationship.stage).toBe('escalated');
    // A second gap opens its own relationship with Ada, which has not circled back.
    const gap = await team.ok<{ id: string }>(
      bo,
      'POST',
      '/api/gaps',
      { statement: 'I freeze when the CEO challenges my roadmap', skill: 'communication' },
      201,
    );
    const asked = await team.ok<{ logged: { relationship: { id: string; gapId: string; stage: string } } }>(
      bo,
      'POST',
      '/api/team/messages',
      { to: ada.id, body: ask, gapId: gap.id },
      201,
    );
    expect(asked.logged.relationship).toMatchObject({ gapId: gap.id, stage: 'asked' });
    expect(
      await team.refused(bo, 'POST', '/api/team/messages', {
        to: ada.id,
        kind: 'escalation',
        body: escalation,
        gapId: gap.id,
        sendAnyway: true,
      }),
    ).toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });
  });
});
