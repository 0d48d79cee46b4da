import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliBin, cliSandbox } from './helpers/cli.js';
import { describeEachDialect, sqliteDatabase } from './helpers/dialects.js';
import { artifactTools, connectMcp, type McpConnection, mentoringTools, promptText, toolsCalled } from './helpers/mcp.js';

/*
 * `understudy mcp` driven as an assistant drives it: the built command started as a child
 * process, the SDK's own client over stdio. What it writes is read back through the CLI.
 */

const TODAY = '2026-11-28';

/** The tools the server lists, checked at the end to have all been called successfully. */
const served: string[] = [];

const text = {
  vagueAsk: 'Hi Priya, would you be my mentor? I would love to pick your brain over coffee sometime.',
  smallAsk:
    'Hi Priya, your talk on price anchoring at ProductCon stuck with me. When you moved the annual plan to the left of the monthly one, did trial sign-ups drop at all?',
  goal: 'Raise week-one retention from 22% to 27% by 2027-04-30.',
  gap: 'I have never designed a pricing experiment and do not know how to size one.',
  feedbackRequest: "During Tuesday's roadmap review, did I come across as confident or as defensive when the CFO questioned the budget?",
  feedbackReply: "Thank you, that's fair. But to be honest the numbers weren't ready because the analyst was out.",
  shadow: 'You make calls so fast that the team feels its input does not matter.',
  reply:
    'Try running the price test on new sign-ups only, so existing customers are not confused. I would also look at how Notion frames its annual plan. Consider a two-week holdout before you roll it out.',
  document:
    '# Checkout revamp\n\n## Problem\nHalf of buyers abandon the cart at the shipping step.\n\n## Goals\nCut abandonment from 50% to 35% this quarter.\n\n## Risks\nA new flow may confuse returning buyers.\n',
};

/** The tools the issue names, all of which must be served. */
const required = [
  'check_ask',
  'check_goal',
  'classify_skill',
  'check_feedback_request',
  'check_feedback_reply',
  'shadow',
  'advice',
  'questions',
  'library_search',
  'template_list',
  'check_draft',
  'list_outcomes',
  'list_gaps',
  'list_mentors',
  'relationship_history',
  'next_actions',
  'doctor',
  'add_outcome_checkin',
  'log_message',
  'apply_advice',
  'record_advice_result',
  'move_stage',
  'add_mentor',
];

interface Finding {
  rule: string;
  severity: string;
  start: number;
  end: number;
}
interface Check {
  verdict: string;
  findings: Finding[];
}

describe('understudy mcp: tools, checks and errors', () => {
  const cli = cliSandbox();
  const newDatabase = sqliteDatabase();
  let db: string;
  let mcp: McpConnection;

  beforeAll(async () => {
    db = await newDatabase();
    mcp = await connectMcp({ db, home: cli.home(), today: TODAY });
  });
  afterAll(async () => {
    await mcp?.close();
  });

  it('lists every tool with a one-line description, an object input schema and honest hints', async () => {
    const { tools } = await mcp.client.listTools();
    const names = tools.map((t) => t.name);
    served.push(...names);
    expect(names).toEqual(expect.arrayContaining(required));
    expect(new Set(names).size).toBe(names.length);
    for (const tool of tools) {
      expect(tool.description, tool.name).toMatch(/^\S[^\n]{20,240}$/);
      expect(tool.inputSchema.type, tool.name).toBe('object');
    }
    const hints = Object.fromEntries(tools.map((t) => [t.name, t.annotations?.readOnlyHint]));
    expect(hints).toMatchObject({
      check_ask: true,
      list_outcomes: true,
      doctor: true,
      log_message: false,
      add_mentor: false,
      move_stage: false,
    });
  });

  it('answers every check exactly as the CLI does', async () => {
    const viaCli = async (args: string[], input: string) => {
      const run = await cli.run([...args, '--json', '--db', db, '--today', TODAY], { stdin: input });
      expect(run.code, run.stderr).not.toBe(2);
      return JSON.parse(run.stdout) as unknown;
    };
    const pairs: Array<[string, Record<string, unknown>, string[], string]> = [
      ['check_ask', { text: text.vagueAsk }, ['check', 'ask'], text.vagueAsk],
      ['check_ask', { text: text.smallAsk, stage: 'first-contact' }, ['check', 'ask', '--stage', 'first-contact'], text.smallAsk],
      ['check_ask', { text: text.smallAsk, stage: 'circle-back' }, ['check', 'ask', '--stage', 'circle-back'], text.smallAsk],
      ['check_goal', { text: text.goal, today: TODAY }, ['check', 'goal'], text.goal],
      ['classify_skill', { text: text.gap }, ['classify', 'skill'], text.gap],
      ['check_feedback_request', { text: text.feedbackRequest }, ['check', 'feedback-request'], text.feedbackRequest],
      ['check_feedback_reply', { text: text.feedbackReply }, ['check', 'feedback-reply'], text.feedbackReply],
      ['shadow', { text: text.shadow }, ['shadow'], text.shadow],
      ['advice', { text: text.reply }, ['advice'], text.reply],
    ];
    for (const [tool, args, command, input] of pairs) {
      expect(await mcp.call(tool, args), tool).toEqual(await viaCli(command, input));
    }
    const file = join(cli.home(), 'checkout.md');
    writeFileSync(file, text.document);
    expect(await mcp.call('questions', { text: text.document })).toEqual(await viaCli(['questions', file], ''));
  });

  it('reports findings with offsets into the text the assistant sent', async () => {
    const vague = await mcp.call<Check>('check_ask', { text: text.vagueAsk });
    expect(vague.verdict).toBe('revise');
    const rules = vague.findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['mentorship-request', 'meeting-request', 'no-specific-reference']));
    const mentorship = vague.findings.find((f) => f.rule === 'mentorship-request') as Finding;
    expect(text.vagueAsk.slice(mentorship.start, mentorship.end)).toMatch(/mentor/i);
    expect((await mcp.call<Check>('check_ask', { text: text.smallAsk })).verdict).toBe('pass');
    const { questions } = await mcp.call<{ questions: Array<{ id: string }> }>('questions', { text: text.document });
    expect(questions.map((q) => q.id)).toEqual(expect.arrayContaining(['problem', 'goals', 'risks']));
  });

  it('turns bad arguments and unknown ids into tool errors, writes nothing and keeps serving', async () => {
    const bad: Array<[string, Record<string, unknown>, RegExp]> = [
      ['check_ask', { text: 42 }, /text/],
      ['check_ask', {}, /text/],
      ['check_ask', { text: 'Hi', stage: 'coffee' }, /stage/],
      ['check_ask', { text: 'x'.repeat(1024 * 1024 + 1) }, /text/],
      ['check_goal', { text: text.goal, today: '2026-02-30' }, /2026-02-30/],
      ['relationship_history', { mentorId: 'no-such-mentor' }, /^not_found: .*no-such-mentor/],
      ['add_outcome_checkin', { outcomeId: 'no-such-outcome', value: 3 }, /no-such-outcome/],
      ['apply_advice', { adviceId: 'no-such-advice', context: 'the pricing page' }, /^not_found: /],
      ['log_message', { mentorId: 'no-such-mentor', kind: 'ask', text: text.smallAsk }, /^not_found: /],
      ['add_mentor', { name: 'Lee', excellenceScore: 9 }, /excellenceScore/],
      ['no_such_tool', {}, /no_such_tool/],
    ];
    for (const [tool, args, message] of bad) {
      const result = await mcp.raw(tool, args);
      expect(result.isError, `${tool} ${JSON.stringify(args).slice(0, 80)}`).toBe(true);
      expect(result.content[0]?.text).toMatch(message);
      expect(result.content[0]?.text).not.toMatch(/\n\s+at /);
    }
    // Still serving, and nothing was written.
    expect((await mcp.call<Check>('check_ask', { text: text.smallAsk })).verdict).toBe('pass');
    expect(await cli.json(['outcome', 'list', '--db', db])).toEqual([]);
    expect(await cli.json(['mentor', 'list', '--db', db])).toEqual([]);
    expect(mcp.errors).toEqual([]);
    expect(mcp.stderr()).toBe('');
  });

  it('refuses an illegal stage move, and advice ids on a message that is not a circle-back, without writing anything', async () => {
    const added = await mcp.call<{ mentor: { id: string } }>('add_mentor', { name: 'Sam Okafor', expertise: ['pricing'] });
    const illegal = await mcp.raw('move_stage', { mentorId: added.mentor.id, stage: 'office-hours' });
    expect(illegal.isError).toBe(true);
    expect(illegal.content[0]?.text).toMatch(/^illegal_transition: /);
    const circle = await mcp.raw('log_message', {
      mentorId: added.mentor.id,
      kind: 'ask',
      text: text.smallAsk,
      adviceIds: ['no-such-advice'],
    });
    expect(circle.isError).toBe(true);
    const shown = await cli.json<{
      relationships: Array<{ relationship: { stage: string }; messages: unknown[]; transitions: unknown[] }>;
    }>(['mentor', 'show', added.mentor.id, '--db', db]);
    expect(shown.relationships[0]?.relationship.stage).toBe('prospect');
    expect(shown.relationships[0]?.messages).toEqual([]);
  });
});

describeEachDialect('understudy mcp: the loop through an assistant', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  let db: string;
  let mcp: McpConnection;
  const on = (...args: string[]) => [...args, '--db', db, '--today', TODAY];

  beforeAll(async () => {
    db = await newDatabase();
    mcp = await connectMcp({ db, home: cli.home(), today: TODAY });
  });
  afterAll(async () => {
    await mcp?.close();
  });

  it('runs outcome → gap → mentor → ask → reply → apply → result → circle-back, each write visible through the CLI', async () => {
    const { outcome, check } = await mcp.call<{ outcome: Record<string, unknown> & { id: string }; check: Check }>('add_outcome', {
      statement: text.goal,
    });
    expect(check.verdict).toBe('concrete');
    expect(outcome).toMatchObject({ baseline: 22, target: 27, unit: '%', deadline: '2027-04-30', status: 'active' });
    await mcp.call('add_outcome_checkin', { outcomeId: outcome.id, value: 23, confidence: 60, note: 'first week of the new onboarding' });
    const shownOutcome = await cli.json<{ checkins: Array<{ value: number; confidence: number; date: string }> }>(
      on('outcome', 'show', outcome.id),
    );
    expect(shownOutcome.checkins).toEqual([expect.objectContaining({ value: 23, confidence: 60, date: TODAY })]);

    const { gap, classification } = await mcp.call<{ gap: { id: string; category: string }; classification: { category: string } }>(
      'add_gap',
      { statement: text.gap, outcomeId: outcome.id },
    );
    expect(gap.category).toBe('iq');
    expect(classification.category).toBe('IQ');

    const { mentor } = await mcp.call<{ mentor: { id: string } }>('add_mentor', {
      name: 'Priya Raman',
      expertise: ['pricing', 'experimentation'],
      excellenceScore: 5,
      explainingScore: 4,
      whereFound: 'her ProductCon talk on price anchoring',
      gapId: gap.id,
      outcomeId: outcome.id,
    });
    const prompt = await mcp.client.getPrompt({ name: 'draft_smallest_ask', arguments: { mentorId: mentor.id } });
    const askText = promptText(prompt);
    expect(askText).toContain('Priya Raman');
    expect(askText).toContain('ProductCon talk on price anchoring');
    expect(askText).toContain(text.gap);
    expect(askText).toMatch(/check_ask/);

    const shortlist = await mcp.call<{ shortlist: Array<{ mentor: { id: string } }> }>('shortlist_mentors', { gapId: gap.id });
    expect(shortlist.shortlist[0]?.mentor.id).toBe(mentor.id);

    const asked = await mcp.call<{ relationship: { stage: string }; message: { checkResult: { verdict: string } } }>('log_message', {
      mentorId: mentor.id,
      kind: 'ask',
      text: text.smallAsk,
      date: TODAY,
    });
    expect(asked.relationship.stage).toBe('asked');
    expect(asked.message.checkResult.verdict).toBe('pass');
    await mcp.call('log_message', { mentorId: mentor.id, kind: 'reply', text: text.reply, date: TODAY });
    const captured = await mcp.call<{ advice: Array<{ id: string; text: string }>; created: number }>('capture_advice', {
      mentorId: mentor.id,
    });
    expect(captured.created).toBeGreaterThanOrEqual(2);
    const [first] = captured.advice;
    if (!first) throw new Error('no advice captured');
    const applied = await mcp.call<{ relationship: { stage: string } }>('apply_advice', {
      adviceId: first.id,
      context: 'the annual-plan test on the upgrade screen',
      on: TODAY,
    });
    expect(applied.relationship.stage).toBe('applied');
    await mcp.call('record_advice_result', { adviceId: first.id, result: 'Annual take rate rose from 18% to 23% in two weeks.' });

    const circlePrompt = await mcp.client.getPrompt({ name: 'prepare_circle_back', arguments: { mentorId: mentor.id } });
    const circleText = promptText(circlePrompt);
    expect(circleText).toContain(first.id);
    expect(circleText).toContain('18% to 23%');

    const circled = await mcp.call<{ relationship: { stage: string }; advice: Array<{ circledBackOn: string }> }>('log_message', {
      mentorId: mentor.id,
      kind: 'circle-back',
      text: 'Hi Priya, thank you for the tip on testing with new sign-ups only. We ran it on the annual-plan upgrade screen and the annual take rate rose from 18% to 23% in two weeks. Happy to share the write-up for your newsletter.',
      date: TODAY,
      adviceIds: [first.id],
    });
    expect(circled.relationship.stage).toBe('circled-back');
    expect(circled.advice[0]?.circledBackOn).toBe(TODAY);
    await mcp.call('move_stage', { mentorId: mentor.id, stage: 'escalated', date: TODAY, note: 'asked for 15 minutes' });

    // The CLI reads back exactly what MCP wrote.
    const shown = await cli.json<{
      relationships: Array<{
        relationship: { stage: string; stageSince: string };
        messages: Array<{ kind: string; sentOn: string }>;
        advice: Array<{ id: string; appliedOn: string | null; result: string | null; circledBackOn: string | null }>;
      }>;
    }>(on('mentor', 'show', mentor.id));
    const rel = shown.relationships[0];
    expect(rel?.relationship).toMatchObject({ stage: 'escalated', stageSince: TODAY });
    expect(rel?.messages.map((m) => [m.kind, m.sentOn])).toEqual([
      ['ask', TODAY],
      ['reply', TODAY],
      ['circle-back', TODAY],
    ]);
    expect(rel?.advice.find((a) => a.id === first.id)).toMatchObject({
      appliedOn: TODAY,
      result: expect.stringContaining('18% to 23%'),
      circledBackOn: TODAY,
    });

    // The reads agree with the CLI's.
    const history = await mcp.call<{ relationships: Array<{ menteeRecord: { counts: Record<string, number> } }> }>('relationship_history', {
      mentorId: mentor.id,
    });
    expect(history.relationships[0]?.menteeRecord.counts).toMatchObject({ received: captured.advice.length, applied: 1, circledBack: 1 });
    const listed = await mcp.call<{ outcomes: Array<{ id: string; checkins: unknown[] }> }>('list_outcomes', { status: 'active' });
    expect(listed.outcomes.map((o) => [o.id, o.checkins.length])).toEqual([[outcome.id, 1]]);
    expect((await mcp.call<{ gaps: Array<{ id: string }> }>('list_gaps', { outcomeId: outcome.id })).gaps.map((g) => g.id)).toEqual([
      gap.id,
    ]);
    const mentors = await mcp.call<{ mentors: Array<{ id: string; relationships: Array<{ stage: string }> }> }>('list_mentors');
    expect(mentors.mentors.map((m) => [m.id, m.relationships.map((r) => r.stage)])).toEqual([[mentor.id, ['escalated']]]);
    const next = await mcp.call<{ actions: unknown[] }>('next_actions', { horizonDays: 30 });
    expect(next).toEqual(await cli.json(on('next', '--days', '30')));
    const doctor = await mcp.call<{ findings: unknown[] }>('doctor');
    const cliDoctor = await cli.run([...on('doctor'), '--json']);
    expect(doctor).toEqual(JSON.parse(cliDoctor.stdout));

    // Captured advice can be corrected: edited, merged, removed; and a circle-back logged before its result closes the loop once it is in.
    const [, second, third] = captured.advice;
    if (!second || !third) throw new Error('expected three pieces of advice');
    const edited = await mcp.call<{ advice: { text: string; resultExpectedOn: string } }>('edit_advice', {
      adviceId: third.id,
      text: 'Run a two-week holdout before the roll-out',
      resultExpectedOn: '2026-12-20',
    });
    expect(edited.advice).toMatchObject({ text: 'Run a two-week holdout before the roll-out', resultExpectedOn: '2026-12-20' });
    const merged = await mcp.call<{ advice: { id: string; text: string } }>('merge_advice', { adviceIds: [second.id, third.id] });
    expect(merged.advice.id).toBe(second.id);
    expect(merged.advice.text).toMatch(/Run a two-week holdout before the roll-out$/);
    await mcp.call('apply_advice', { adviceId: second.id, context: 'the Notion-style annual page', on: TODAY });
    const early = await mcp.call<{ advice: Array<{ circledBackOn: string | null }> }>('log_message', {
      mentorId: mentor.id,
      kind: 'circle-back',
      text: 'Hi Priya, thank you for pointing me to how Notion frames its annual plan. We copied the framing on our annual page and annual sign-ups rose from 9% to 12% in two weeks.',
      date: TODAY,
      adviceIds: [second.id],
    });
    expect(early.advice[0]?.circledBackOn).toBeNull();
    await mcp.call('record_advice_result', { adviceId: second.id, result: 'Annual sign-ups rose from 9% to 12%.' });
    const closed = await mcp.call<{ advice: { circledBackOn: string } }>('close_advice_loop', { adviceId: second.id });
    expect(closed.advice.circledBackOn).toBe(TODAY);
    expect(await mcp.call('remove_advice', { adviceId: second.id })).toEqual({ removed: second.id });

    // The workspace summary resource shows the same state.
    const summary = await mcp.client.readResource({ uri: 'understudy://workspace/summary' });
    const parsed = JSON.parse((summary.contents[0] as { text: string }).text) as {
      today: string;
      outcomes: Array<{ id: string; lastCheckin: { value: number } }>;
      mentors: Array<{ stages: string[] }>;
    };
    expect(parsed.today).toBe(TODAY);
    expect(parsed.outcomes[0]).toMatchObject({ id: outcome.id, lastCheckin: { value: 23 } });
    expect(parsed.mentors[0]?.stages).toEqual(['escalated']);
    expect(mcp.errors).toEqual([]);
  });
  it('runs the Mirror: request → feedback on it → grateful reply adopting a counter-behaviour, as the CLI lists it', async () => {
    const { mentor } = await mcp.call<{ mentor: { id: string } }>('add_mentor', { name: 'Sam Okafor' });
    const { request } = await mcp.call<{ request: { id: string; checkVerdict: string; giverName: string } }>('request_feedback', {
      mentorId: mentor.id,
      text: text.feedbackRequest,
      event: "Tuesday's roadmap review",
      date: TODAY,
    });
    expect(request).toMatchObject({ checkVerdict: 'specific', giverName: 'Sam Okafor' });
    const logged = await mcp.call<{ feedback: { id: string; mentorId: string }; shadow: { strength: string } | null }>('log_feedback', {
      requestId: request.id,
      text: text.shadow,
      date: TODAY,
    });
    expect(logged.feedback.mentorId).toBe(mentor.id);
    expect(logged.shadow?.strength).toBe('fast');
    const replied = await mcp.call<{ reply: { checkVerdict: string }; feedback: { adopted: string | null } }>('reply_to_feedback', {
      feedbackId: logged.feedback.id,
      text: text.feedbackReply,
    });
    expect(replied).toMatchObject({ reply: { checkVerdict: 'revise' }, feedback: { adopted: null } });
    const adopted = await mcp.call<{ feedback: { adoptedOn: string } }>('adopt_counter_behaviour', {
      feedbackId: logged.feedback.id,
      counter: 'Ask for input before I decide',
    });
    expect(adopted.feedback.adoptedOn).toBe(TODAY);
    const history = await mcp.call('list_feedback', { mentorId: mentor.id });
    expect(history).toEqual(await cli.json(on('feedback', 'list', '--mentor', mentor.id)));
    const next = await mcp.call<{ actions: Array<{ kind: string; feedbackId?: string }> }>('next_actions', { horizonDays: 30 });
    expect(next.actions.filter((a) => a.kind === 'remeasure').map((a) => a.feedbackId)).toEqual([logged.feedback.id]);
    expect(next).toEqual(await cli.json(on('next', '--days', '30')));
    expect(mcp.errors).toEqual([]);
  });
});

describe('understudy mcp: resources, prompts and the stdio contract', () => {
  const cli = cliSandbox();
  const newDatabase = sqliteDatabase();
  let mcp: McpConnection;

  beforeAll(async () => {
    mcp = await connectMcp({ db: await newDatabase(), home: cli.home(), today: TODAY });
  });
  afterAll(async () => {
    await mcp?.close();
  });

  it('serves the framework and both catalogues', async () => {
    const { resources } = await mcp.client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining([
        'understudy://framework',
        'understudy://catalog/questions',
        'understudy://catalog/strengths',
        'understudy://workspace/summary',
      ]),
    );
    const read = async (uri: string) => ((await mcp.client.readResource({ uri })).contents[0] as { text: string }).text;
    expect(await read('understudy://framework')).toMatch(/smallest ask[\s\S]*circle back/i);
    const questions = JSON.parse(await read('understudy://catalog/questions')) as Array<{ id: string; question: string }>;
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(questions.map((q) => q.id)).toEqual(expect.arrayContaining(['problem', 'risks', 'rollout']));
    const strengths = JSON.parse(await read('understudy://catalog/strengths')) as Array<{ shadow: string; counter: string }>;
    expect(strengths.length).toBeGreaterThanOrEqual(20);
    expect(strengths.every((s) => s.shadow && s.counter)).toBe(true);
    await expect(mcp.client.readResource({ uri: 'understudy://nothing' })).rejects.toThrow(/not found/i);
  });

  it('offers the three prompts, and a prompt about an unknown mentor fails with a clear message', async () => {
    const { prompts } = await mcp.client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(['coach_loop', 'draft_smallest_ask', 'prepare_circle_back']);
    const coach = await mcp.client.getPrompt({ name: 'coach_loop', arguments: { situation: 'leadership' } });
    const coachText = promptText(coach);
    expect(coachText).toMatch(/EQ/);
    expect(coachText).toContain(`"today": "${TODAY}"`);
    await expect(mcp.client.getPrompt({ name: 'draft_smallest_ask', arguments: { mentorId: 'no-such-mentor' } })).rejects.toThrow(
      /^MCP error -32602: No mentor with id no-such-mentor$/,
    );
    expect((await mcp.call<Check>('check_ask', { text: text.smallAsk })).verdict).toBe('pass');
  });

  it('writes only JSON-RPC to standard output, answers what it read, and exits by itself when its input closes', async () => {
    const home = cli.home();
    const child = spawn(process.execPath, [cliBin, '--db', join(home, 'raw.db'), 'mcp'], {
      cwd: home,
      env: { PATH: process.env.PATH ?? '', UNDERSTUDY_HOME: home },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    const send = (message: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    send({
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
    });
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/call', params: { name: 'check_goal', arguments: { text: 'Learn SQL', today: TODAY } } });
    send({ id: 3, method: 'tools/call', params: { name: 'check_goal', arguments: { text: 7 } } });
    // The input closes at once, as when requests are piped in: every request read is answered.
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.split('\n').filter(Boolean);
    const messages = lines.map(
      (line) => JSON.parse(line) as { id: number; result: { isError?: boolean; content: Array<{ text: string }> } },
    );
    // Answers may come in any order (JSON-RPC matches them by id).
    messages.sort((a, b) => a.id - b.id);
    expect(messages.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(JSON.parse(messages[1]?.result.content[0]?.text ?? '{}')).toMatchObject({ verdict: 'vague' });
    expect(messages[2]?.result.isError).toBe(true);
  });
});

describe('understudy mcp: coverage of this suite', () => {
  it('called every tool the server lists, each with a successful answer (the Artifact method’s in mcp-library.test.ts, mentoring’s in mcp-mentoring.test.ts)', () => {
    expect(served.length).toBeGreaterThan(0);
    const elsewhere = [...artifactTools, ...mentoringTools];
    expect(served.filter((name) => !toolsCalled.has(name) && !elsewhere.includes(name))).toEqual([]);
  });
});
