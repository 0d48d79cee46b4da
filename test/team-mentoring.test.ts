import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { ask, reply } from './helpers/loop-api.js';
import { createTeamTestApp, type TeamTestApp, type TestMember } from './helpers/team-app.js';
import { askInApp, replyInApp } from './helpers/team-asks.js';

interface Entry {
  kind: 'mentor' | 'colleague';
  colleague?: { id: string; name: string };
  mentor?: { id: string; name: string };
  reasons: string[];
  capacity?: { available: boolean; roomFrom: string | null };
}
interface Shortlist {
  entries: Entry[];
  unavailable: Array<{ colleague: { id: string }; reason: string; capacity: { roomFrom: string } }>;
}
interface Opened {
  conversation: { id: string; role: string; other: { name: string }; mentorId?: string; relationshipId?: string };
  messages: Array<{ kind: string; body: string; mine: boolean; loggedMessageId?: string | null; advice?: Array<{ text: string }> }>;
}

const strategyOffer = {
  skills: ['strategy'],
  tags: ['pricing', 'competitive positioning'],
  evidence: [{ criterion: 'explaining', url: 'https://example.com/talks/pricing-ladders', note: 'Talk on pricing ladders' }],
  asksPerMonth: 1,
  acceptsBackstage: true,
};

describeEachDialect('team mentoring: directory, capacity, asks and replies in the app', (_dialect, newDatabase) => {
  let team: TeamTestApp;
  let ada: TestMember;
  let bo: TestMember;
  let cy: TestMember;

  const strategyGap = async (who: TestMember) =>
    (
      await team.ok<{ id: string }>(
        who,
        'POST',
        '/api/gaps',
        { statement: 'I cannot write a pricing strategy the exec team adopts', skill: 'strategy' },
        201,
      )
    ).id;

  beforeEach(async () => {
    team = await createTeamTestApp(await newDatabase(), { today: '2026-12-08' });
    ada = await team.member('ada@example.com');
    bo = await team.member('bo@example.com');
    cy = await team.member('cy@example.com');
    await team.ok(ada, 'PUT', '/api/team/offer', strategyOffer);
  });
  afterEach(async () => {
    await team.close();
  });

  it('shortlists a colleague with room, delivers the ask, logs the reply in the mentee’s relationship, then says when the mentor has room again', async () => {
    const boGap = await strategyGap(bo);
    const before = await team.ok<Shortlist>(bo, 'GET', `/api/team/shortlist?gapId=${boGap}`);
    const adaEntry = before.entries.find((e) => e.colleague?.id === ada.id);
    expect(adaEntry?.reasons.join(' ')).toMatch(/names the skill strategy/);
    expect(adaEntry?.capacity?.available).toBe(true);

    const sent = await team.ok<{ sent: boolean; conversation: { id: string }; logged: { relationship: { stage: string } } }>(
      bo,
      'POST',
      '/api/team/messages',
      { to: ada.id, kind: 'ask', body: ask, gapId: boGap },
      201,
    );
    expect(sent.logged.relationship.stage).toBe('asked');

    const inbox = await team.ok<{ items: Array<{ id: string; role: string; unread: number; mentorId?: string }> }>(
      ada,
      'GET',
      '/api/team/inbox',
    );
    expect(inbox.items).toEqual([expect.objectContaining({ id: sent.conversation.id, role: 'mentor', unread: 1, awaitingReply: true })]);
    expect(inbox.items[0]).not.toHaveProperty('mentorId');
    const seen = await team.ok<Opened>(ada, 'GET', `/api/team/conversations/${sent.conversation.id}`);
    expect(seen.messages).toEqual([expect.objectContaining({ kind: 'ask', body: ask, mine: false })]);
    expect(seen.messages[0]).not.toHaveProperty('loggedMessageId');

    await team.ok(ada, 'POST', `/api/team/conversations/${sent.conversation.id}/reply`, { body: reply }, 201);
    const opened = await team.ok<Opened>(bo, 'GET', `/api/team/conversations/${sent.conversation.id}`);
    const answer = opened.messages.find((m) => m.kind === 'reply');
    expect(answer?.advice?.map((a) => a.text)).toEqual([
      'Try showing the annual price as a monthly figure.',
      'You should also test a decoy plan.',
    ]);
    const history = await team.ok<{
      relationships: Array<{ relationship: { stage: string }; messages: Array<{ kind: string; body: string; id: string }> }>;
    }>(bo, 'GET', `/api/mentors/${opened.conversation.mentorId}/history`);
    const rel = history.relationships[0];
    expect(rel?.relationship.stage).toBe('replied');
    expect(rel?.messages.map((m) => [m.kind, m.body])).toEqual([
      ['ask', ask],
      ['reply', reply],
    ]);
    const captured = await team.ok<{ advice: unknown[] }>(bo, 'POST', '/api/advice/capture', { messageId: answer?.loggedMessageId }, 201);
    expect(captured.advice).toHaveLength(2);

    const cyGap = await strategyGap(cy);
    const after = await team.ok<Shortlist>(cy, 'GET', `/api/team/shortlist?gapId=${cyGap}`);
    expect(after.entries.some((e) => e.colleague?.id === ada.id)).toBe(false);
    expect(after.unavailable).toEqual([
      expect.objectContaining({
        colleague: expect.objectContaining({ id: ada.id }),
        capacity: expect.objectContaining({ roomFrom: '2027-01-01' }),
      }),
    ]);
    expect(after.unavailable[0]?.reason).toMatch(/no capacity until 2027-01-01/);
    expect(await team.refused(cy, 'POST', '/api/team/messages', { to: ada.id, body: ask, gapId: cyGap })).toMatchObject({
      status: 409,
      code: 'conflict',
    });
    // Bo, already in touch, still sees Ada.
    expect(
      (await team.ok<Shortlist>(bo, 'GET', `/api/team/shortlist?gapId=${boGap}`)).entries.some((e) => e.colleague?.id === ada.id),
    ).toBe(true);
  });

  it('runs the check first: a failing ask is held back with its findings unless sent anyway', async () => {
    const held = await team.ok<{ sent: boolean; check: { verdict: string; findings: Array<{ rule: string }> } }>(
      bo,
      'POST',
      '/api/team/messages',
      {
        to: ada.id,
        body: 'Hi! Would you be my mentor? Could we grab coffee sometime?',
      },
    );
    expect(held.sent).toBe(false);
    expect(held.check.findings.map((f) => f.rule)).toContain('mentorship-request');
    expect((await team.ok<{ items: unknown[] }>(ada, 'GET', '/api/team/inbox')).items).toEqual([]);
    const sent = await team.ok<{ sent: boolean }>(
      bo,
      'POST',
      '/api/team/messages',
      { to: ada.id, body: 'Hi! Would you be my mentor? Could we grab coffee sometime?', sendAnyway: true },
      201,
    );
    expect(sent.sent).toBe(true);
  });

  it('keeps the loop’s order across people: no escalation or backstage request before a circle-back', async () => {
    await team.ok(bo, 'POST', '/api/team/messages', { to: ada.id, body: ask }, 201);
    const escalation =
      'Thanks again for the pricing advice: I applied the monthly framing on our checkout and conversion rose 4%. Could I have 15 minutes next week on one nuance: how to price the team tier when seats vary?';
    expect(
      await team.refused(bo, 'POST', '/api/team/messages', { to: ada.id, kind: 'backstage', body: escalation, sendAnyway: true }),
    ).toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });
    expect(
      await team.refused(cy, 'POST', '/api/team/messages', { to: ada.id, kind: 'circle-back', body: escalation, sendAnyway: true }),
    ).toMatchObject({
      status: 409,
    });
  });

  it('lets only a conversation’s two members read it, only its mentor reply, and the mentee share their record', async () => {
    const path = `/api/team/conversations/${await askInApp(team, bo, ada)}`;
    expect((await team.refused(cy, 'GET', path)).status).toBe(404);
    expect((await team.refused(cy, 'POST', `${path}/reply`, { body: reply })).status).toBe(404);
    expect((await team.refused(bo, 'POST', `${path}/reply`, { body: reply })).status).toBe(404);
    expect((await team.refused(ada, 'GET', `${path}/mentee-record`)).status).toBe(404);
    expect((await team.refused(ada, 'POST', `${path}/record-sharing`, { shared: true })).status).toBe(404);
    await team.ok(bo, 'POST', `${path}/record-sharing`, { shared: true });
    const record = await team.ok<{ counts: { received: number } }>(ada, 'GET', `${path}/mentee-record`);
    expect(record.counts.received).toBe(0);
    expect((await team.refused(cy, 'GET', `${path}/mentee-record`)).status).toBe(404);
    expect((await team.ok<{ items: unknown[] }>(cy, 'GET', '/api/team/inbox')).items).toEqual([]);
  });

  it('lists the directory with each offer’s room, and refuses evidence from a document that is not shared', async () => {
    const directory = await team.ok<{ items: Array<{ colleague: { id: string }; you: boolean; capacity: { available: boolean } }> }>(
      bo,
      'GET',
      '/api/team/directory',
    );
    expect(directory.items).toEqual([expect.objectContaining({ colleague: expect.objectContaining({ id: ada.id }), you: false })]);
    expect(
      await team.refused(bo, 'PUT', '/api/team/offer', {
        ...strategyOffer,
        evidence: [{ criterion: 'excellence', artifactId: 'not-shared' }],
      }),
    ).toMatchObject({ status: 400, code: 'invalid_input' });
    expect((await team.refused(bo, 'GET', '/api/team/offer')).status).toBe(404);
  });

  it('gives a mentor’s last place to one of two colleagues asking at the same moment', async () => {
    const answers = await Promise.all([bo, cy].map((who) => team.call(who, 'POST', '/api/team/messages', { to: ada.id, body: ask })));
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const inbox = await team.ok<{ items: unknown[] }>(ada, 'GET', '/api/team/inbox');
    expect(inbox.items).toHaveLength(1);
  });

  it('shows each conversation’s latest message and what is unread, until it is opened', async () => {
    const conversationId = await askInApp(team, bo, ada);
    await replyInApp(team, ada, conversationId);
    type Inbox = { items: Array<{ unread: number; lastMessage: { kind: string; mine: boolean; preview: string } | null }> };
    const [before] = (await team.ok<Inbox>(bo, 'GET', '/api/team/inbox')).items;
    expect(before).toMatchObject({ unread: 1, lastMessage: { kind: 'reply', mine: false, preview: reply } });
    await team.ok(bo, 'GET', `/api/team/conversations/${conversationId}`);
    expect((await team.ok<Inbox>(bo, 'GET', '/api/team/inbox')).items[0]?.unread).toBe(0);
    expect((await team.ok<Inbox>(ada, 'GET', '/api/team/inbox')).items[0]).toMatchObject({
      unread: 0,
      lastMessage: { kind: 'reply', mine: true },
    });
  });

  it('gives each member their own conversations whole to keep, marking nothing read, and a third member none', async () => {
    const conversationId = await askInApp(team, bo, ada);
    await replyInApp(team, ada, conversationId);
    type Exported = {
      format: string;
      items: Array<{
        conversation: { id: string; role: string; unread: number };
        messages: Array<{ kind: string; body: string; mine: boolean }>;
      }>;
    };
    const download = async (who: typeof bo) => {
      const answer = await team.call(who, 'GET', '/api/team/inbox/export');
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-disposition')).toBe('attachment; filename="understudy-conversations.json"');
      return (await answer.json()) as Exported;
    };
    const mine = await download(bo);
    expect(mine.format).toBe('understudy-conversations');
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]?.conversation).toMatchObject({ id: conversationId, role: 'mentee', unread: 1 });
    expect(mine.items[0]?.messages.map((m) => [m.kind, m.mine, m.body])).toEqual([
      ['ask', true, ask],
      ['reply', false, reply],
    ]);
    // Downloading is not reading: the reply is still unread in the inbox.
    expect((await team.ok<{ items: Array<{ unread: number }> }>(bo, 'GET', '/api/team/inbox')).items[0]?.unread).toBe(1);
    expect((await download(ada)).items[0]?.conversation).toMatchObject({ id: conversationId, role: 'mentor' });
    const theirs = await download(cy);
    expect(theirs.items).toEqual([]);
    expect(JSON.stringify(theirs)).not.toContain(conversationId);
  });
});
