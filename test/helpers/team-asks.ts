import { expect } from 'vitest';
import { ask, reply } from './loop-api.js';
import type { TeamTestApp, TestMember } from './team-app.js';

/** The smallest offer to mentor: strategy, with room for five new asks a month. */
export const strategyOffer = { skills: ['strategy'], asksPerMonth: 5 };

/** `mentor` offers to mentor (by default {@link strategyOffer}); fails the test unless it is saved. */
export async function offerToMentor(team: TeamTestApp, mentor: TestMember, offer: object = strategyOffer): Promise<void> {
  await team.ok(mentor, 'PUT', '/api/team/offer', offer);
}

/** `mentee` sends `mentor` an ask in the app (by default one that passes its check); the conversation's id. */
export async function askInApp(team: TeamTestApp, mentee: TestMember, mentor: TestMember, body = ask): Promise<string> {
  const sent = await team.ok<{ conversation: { id: string } }>(mentee, 'POST', '/api/team/messages', { to: mentor.id, body }, 201);
  return sent.conversation.id;
}

/** `mentor` replies in the conversation (by default with two pieces of advice). */
export async function replyInApp(team: TeamTestApp, mentor: TestMember, conversationId: string, body = reply): Promise<void> {
  await team.ok(mentor, 'POST', `/api/team/conversations/${conversationId}/reply`, { body }, 201);
}

/** A circle-back that passes its check: the advice applied, and its result in figures. */
export const circleBack =
  'Thanks! I tried your advice to show the annual price as a monthly figure on our plans page, and annual uptake went from 20% to 26% in two weeks.';

/** A conversation in the app and the mentee's relationship it is logged in. */
export interface AppLoop {
  conversationId: string;
  relationshipId: string;
}

/**
 * `mentee` asks `mentor` in the app, the mentor replies, and the mentee captures the reply's
 * advice, applies the first piece and records its result: everything a circle-back needs.
 */
export async function appliedAdviceInApp(team: TeamTestApp, mentee: TestMember, mentor: TestMember): Promise<AppLoop> {
  const conversationId = await askInApp(team, mentee, mentor);
  await replyInApp(team, mentor, conversationId);
  const opened = await team.ok<{ conversation: { relationshipId: string }; messages: Array<{ kind: string; loggedMessageId?: string }> }>(
    mentee,
    'GET',
    `/api/team/conversations/${conversationId}`,
  );
  const logged = opened.messages.find((m) => m.kind === 'reply')?.loggedMessageId;
  const captured = await team.ok<{ advice: Array<{ id: string }> }>(mentee, 'POST', '/api/advice/capture', { messageId: logged }, 201);
  const advice = captured.advice[0]?.id as string;
  await team.ok(mentee, 'POST', `/api/advice/${advice}/apply`, { context: 'the plans page' });
  await team.ok(mentee, 'POST', `/api/advice/${advice}/result`, { result: 'Annual uptake went from 20% to 26%' });
  return { conversationId, relationshipId: opened.conversation.relationshipId };
}

/** {@link appliedAdviceInApp}, then the mentee circles back in the app with a message that passes its check. */
export async function circledBackInApp(team: TeamTestApp, mentee: TestMember, mentor: TestMember): Promise<AppLoop> {
  const loop = await appliedAdviceInApp(team, mentee, mentor);
  const sent = await team.ok<{ check: { verdict: string }; logged: { relationship: { stage: string } } }>(
    mentee,
    'POST',
    '/api/team/messages',
    { to: mentor.id, kind: 'circle-back', body: circleBack },
    201,
  );
  expect(sent.check.verdict).toBe('pass');
  expect(sent.logged.relationship.stage).toBe('circled-back');
  return loop;
}
