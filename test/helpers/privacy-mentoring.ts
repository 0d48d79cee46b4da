import { expect } from 'vitest';
import type { Conversation, InboxMessage } from '../../src/core/mentoring/schemas.js';
import type { TeamTestApp, TestMember } from './team-app.js';
import { circledBackInApp, offerToMentor } from './team-asks.js';

/** What a mentee and a colleague mentor hold together, as the privacy sweeps look for it in others' answers. */
export interface MentoringPair {
  conversationId: string;
  bookingId: string;
  /** The ids of the messages between the two, in the app. */
  messageIds: string[];
  /** Every id above: none may reach a third member. */
  ids: string[];
}

/** The mentor's offer: strategy, room for many asks, office hours on Mondays in Paris. */
export const sweepOffer = {
  skills: ['strategy'],
  tags: ['pricing'],
  asksPerMonth: 50,
  officeHours: { cadence: 'weekly', timeZone: 'Europe/Paris', slots: [{ weekday: 'monday', time: '10:00', minutes: 20 }] },
};

/**
 * `mentee` and `mentor` through the whole loop in the app: the mentor offers office hours, the
 * mentee asks, the mentor replies, the mentee applies the advice, records its result and circles
 * back (passing its check), books the first office hours and shares their record as a mentee.
 */
export async function mentoringPair(team: TeamTestApp, mentee: TestMember, mentor: TestMember): Promise<MentoringPair> {
  await offerToMentor(team, mentor, sweepOffer);
  const { conversationId } = await circledBackInApp(team, mentee, mentor);
  const hours = await team.ok<{ occurrences: Array<{ startsAt: string }> }>(mentee, 'GET', `/api/team/mentors/${mentor.id}/office-hours`);
  const booking = await team.ok<{ id: string }>(
    mentee,
    'POST',
    '/api/team/bookings',
    { mentorUserId: mentor.id, startsAt: hours.occurrences[0]?.startsAt },
    201,
  );
  await team.ok(mentee, 'POST', `/api/team/conversations/${conversationId}/record-sharing`, { shared: true });
  const messages = await team.ok<{ messages: Array<{ id: string }> }>(mentor, 'GET', `/api/team/conversations/${conversationId}`);
  const messageIds = messages.messages.map((m) => m.id);
  return { conversationId, bookingId: booking.id, messageIds, ids: [conversationId, booking.id, ...messageIds] };
}

/**
 * The store itself keeps a pair's rows to the two of them: read or written through another
 * member's `TeamMentoring`, the conversation, its messages and its booking are not there, and
 * writing into them fails and changes nothing. Only the mentor reaches the mentee's workspace.
 * `leaks` names what of the pair a text shows.
 */
export async function expectPairKept(
  team: TeamTestApp,
  pair: MentoringPair,
  options: { mentee: TestMember; mentor: TestMember; others: TestMember[]; leaks: (text: string) => string[] },
): Promise<void> {
  const { mentee, mentor } = options;
  const mine = team.store.workspace(mentee.id).mentoring;
  const theirs = (await mine.conversation(pair.conversationId)) as Conversation;
  expect(theirs.recordShared).toBe(true);
  expect((await mine.conversations({ ids: [pair.conversationId, 'no-such-id'] })).map((s) => s.conversation.id)).toEqual([
    pair.conversationId,
  ]);
  const at = new Date().toISOString();
  for (const who of options.others) {
    const mentoring = team.store.workspace(who.id).mentoring;
    expect(await mentoring.conversation(pair.conversationId), who.email).toBeUndefined();
    expect(await mentoring.messages(pair.conversationId), who.email).toEqual([]);
    expect(await mentoring.booking(pair.bookingId), who.email).toBeUndefined();
    expect(await mentoring.menteeWorkspace(pair.conversationId), who.email).toBeUndefined();
    expect(options.leaks(JSON.stringify([await mentoring.conversations(), await mentoring.bookings('')])), who.email).toEqual([]);
    expect(await mentoring.conversations({ ids: [pair.conversationId] }), who.email).toEqual([]);
    const message: InboxMessage = {
      id: `${who.id}-m`,
      conversationId: pair.conversationId,
      fromUserId: who.id,
      toUserId: mentee.id,
      kind: 'reply',
      subject: null,
      body: 'Not theirs to write',
      checkVerdict: null,
      checkScore: null,
      menteeMessageId: null,
      sentAt: at,
      readAt: null,
    };
    await expect(mentoring.insertMessage(message)).rejects.toThrow();
    const booking = { id: `${who.id}-b`, conversationId: pair.conversationId, mentorUserId: mentor.id, menteeUserId: who.id };
    await expect(mentoring.insertBooking({ ...booking, startsAt: at, minutes: 20, createdAt: at })).rejects.toThrow();
    await expect(mentoring.saveConversation({ ...theirs, recordShared: false })).rejects.toThrow();
  }
  expect(await mine.conversation(pair.conversationId)).toEqual(theirs);
  expect((await mine.messages(pair.conversationId)).map((m) => m.id)).toEqual(pair.messageIds);
  expect(await mine.menteeWorkspace(pair.conversationId)).toBeUndefined();
  expect((await team.store.workspace(mentor.id).mentoring.menteeWorkspace(pair.conversationId))?.userId).toBe(mentee.id);
}
