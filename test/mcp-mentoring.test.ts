import { afterAll, beforeAll, expect, it } from 'vitest';
import { cliSandbox } from './helpers/cli.js';
import { describeEachDialect } from './helpers/dialects.js';
import { ask, reply } from './helpers/loop-api.js';
import { connectMcp, type McpConnection, mentoringTools, toolsCalled } from './helpers/mcp.js';
import { createTeamTestApp, type TestMember } from './helpers/team-app.js';
import { offerToMentor } from './helpers/team-asks.js';

type Answer = { isError?: boolean; content: Array<{ type: string; text?: string }> };
const textOf = (answer: Answer) => answer.content.map((c) => c.text ?? '').join('\n');

describeEachDialect('understudy mcp --user: mentoring colleagues from an assistant', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  const members = {} as Record<'ada' | 'bo' | 'cy', TestMember>;
  const mcp = {} as Record<'ada' | 'bo' | 'cy' | 'solo', McpConnection>;

  beforeAll(async () => {
    const db = await newDatabase();
    const team = await createTeamTestApp(db, { today: '2026-12-08' });
    try {
      for (const key of ['ada', 'bo', 'cy'] as const) members[key] = await team.member(`${key}@example.com`);
      await offerToMentor(team, members.ada, { skills: ['strategy'], tags: ['pricing'], asksPerMonth: 2 });
    } finally {
      await team.close();
    }
    const [ada, bo, cy, solo] = await Promise.all([
      connectMcp({ db, home: cli.home(), today: '2026-12-08', user: members.ada.email }),
      connectMcp({ db, home: cli.home(), today: '2026-12-08', user: members.bo.email }),
      connectMcp({ db, home: cli.home(), today: '2026-12-08', user: members.cy.id }),
      connectMcp({ db, home: cli.home(), today: '2026-12-08' }),
    ]);
    Object.assign(mcp, { ada, bo, cy, solo });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(Object.values(mcp).map((m) => m.close()));
  });

  it('finds a colleague, holds back an ask that fails its check, delivers one that passes, and carries the reply back', async () => {
    const directory = await mcp.bo.call<{ items: Array<{ colleague: { id: string; name: string }; capacity: { available: boolean } }> }>(
      'mentor_directory',
      { skill: 'strategy' },
    );
    expect(directory.items).toEqual([expect.objectContaining({ colleague: { id: members.ada.id, name: 'ada' } })]);
    expect(directory.items[0]?.capacity.available).toBe(true);

    const held = await mcp.bo.call<{ sent: boolean; check: { verdict: string } }>('send_to_colleague', {
      to: members.ada.id,
      body: 'Hi Ada, would you be my mentor? Could we grab coffee sometime?',
    });
    expect(held).toMatchObject({ sent: false, check: { verdict: 'revise' } });
    const sent = await mcp.bo.call<{ sent: boolean; conversation: { id: string }; logged: { relationship: { stage: string } } }>(
      'send_to_colleague',
      { to: members.ada.id, body: ask },
    );
    expect(sent).toMatchObject({ sent: true, logged: { relationship: { stage: 'asked' } } });
    const conversationId = sent.conversation.id;

    type Inbox = { conversations: Array<{ id: string; role: string; unread: number; awaitingReply: boolean }>; officeHours: unknown[] };
    const inbox = await mcp.ada.call<Inbox>('team_inbox');
    expect(inbox.conversations).toEqual([expect.objectContaining({ id: conversationId, role: 'mentor', unread: 1, awaitingReply: true })]);
    expect(inbox.officeHours).toEqual([]);
    const opened = await mcp.ada.call<{ messages: Array<{ kind: string; body: string }> }>('read_conversation', { conversationId });
    expect(opened.messages.map((m) => [m.kind, m.body])).toEqual([['ask', ask]]);
    expect((await mcp.ada.call<Inbox>('team_inbox')).conversations[0]?.unread).toBe(0);

    expect(await mcp.ada.call('reply_to_colleague', { conversationId, body: reply })).toMatchObject({
      conversationId,
      loggedForMentee: true,
    });
    const answered = await mcp.bo.call<{ messages: Array<{ kind: string; advice?: Array<{ text: string }>; loggedMessageId?: string }> }>(
      'read_conversation',
      { conversationId },
    );
    const replied = answered.messages.find((m) => m.kind === 'reply');
    expect(replied?.advice?.length).toBeGreaterThan(0);
    expect(replied?.loggedMessageId).toEqual(expect.any(String));

    // Nobody else reads it or replies in it; the mentee cannot reply as the mentor.
    for (const [who, tool, args] of [
      [mcp.cy, 'read_conversation', { conversationId }],
      [mcp.cy, 'reply_to_colleague', { conversationId, body: reply }],
      [mcp.bo, 'reply_to_colleague', { conversationId, body: reply }],
    ] as const) {
      const answer = (await who.raw(tool, args)) as Answer;
      expect(answer.isError, tool).toBe(true);
      expect(textOf(answer)).toMatch(/^not_found: /);
      expect(textOf(answer)).not.toContain(ask.slice(0, 40));
    }
    expect((await mcp.cy.call<Inbox>('team_inbox')).conversations).toEqual([]);
  });

  it('says that mentoring needs a team account when the server is the solo workspace', async () => {
    for (const tool of ['team_inbox', 'mentor_directory']) {
      const answer = (await mcp.solo.raw(tool, {})) as Answer;
      expect(answer.isError, tool).toBe(true);
      expect(textOf(answer)).toMatch(/needs a team account: start the server as `understudy mcp --user EMAIL`/);
    }
  });

  it('called every mentoring tool with a successful answer', () => {
    expect(mentoringTools.filter((name) => !toolsCalled.has(name))).toEqual([]);
  });
});
