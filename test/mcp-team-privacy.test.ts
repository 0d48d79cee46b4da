import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityNames } from '../src/core/records/schemas.js';
import { cliSandbox } from './helpers/cli.js';
import { describeEachDialect, sqliteDatabase } from './helpers/dialects.js';
import { connectMcp, type McpConnection } from './helpers/mcp.js';
import { leaksOf, MARK, MARK_TEMPLATE, type MemberRecords, markedRecords, normalised, readRecords } from './helpers/privacy-records.js';
import { entityOfField, type JsonSchema, minimalValue, SWEEP_TODAY } from './helpers/privacy-sweep.js';
import { createTeamTestApp, type TestMember } from './helpers/team-app.js';

/*
 * `understudy mcp --user` acts as one team account, and its assistant reaches none of another
 * member's records. The tools are read from the server's own `tools/list`, so a tool added
 * later is in the sweep: each argument naming a record, given member A's id by member D (who
 * has records of their own) or B (who has none), is the same not-found tool error as an id
 * nobody has; every read-only tool, resource and prompt answers B what it answers an empty
 * workspace (member C), and neither B nor D ever sees a trace of A's records.
 */

interface Tool {
  name: string;
  inputSchema: JsonSchema;
  annotations?: { readOnlyHint?: boolean };
}

/**
 * A server on a database where nobody holds anything: what the product says by itself (its
 * catalogues, a check's examples), which no answer owes to anyone's records. It lists the tools.
 */
const pristine = await connectMcp({ db: await sqliteDatabase()(), home: cliSandbox().home(), today: SWEEP_TODAY });
afterAll(async () => {
  await pristine.close();
});
const tools = (await pristine.client.listTools()).tools as Tool[];

const refsOf = (tool: Tool) => Object.keys(tool.inputSchema.properties ?? {}).filter((arg) => entityOfField(arg));
/** Every argument of every tool that names a record. */
const refArgs = tools.flatMap((tool) => refsOf(tool).map((arg) => ({ tool: tool.name, arg, schema: tool.inputSchema })));
/** Tools that only read, called with their smallest arguments. */
const reads = tools.filter((tool) => tool.annotations?.readOnlyHint === true);

/** Arguments a tool needs beyond its schema's required ones, given the caller's own records. */
const extras: Record<string, (own: MemberRecords) => Record<string, unknown>> = {
  check_draft: () => ({ text: '# Draft\n\n## Goal\nLift paid conversion.\n' }),
  library_search: () => ({ query: MARK }),
  // Only a circle-back reports on advice.
  log_message: () => ({ kind: 'circle-back' }),
  // A skill gap picks one of the mentor's relationships.
  capture_advice: (own) => ({ mentorId: own.ids.get('mentors')?.[0] }),
  request_feedback: () => ({ giverName: 'Sam' }),
};

/** An id no record has, on anyone's side. */
const NOBODYS = '01900000-0000-7000-8000-000000000000';

type Answer = { isError?: boolean; content: Array<{ type: string; text?: string }> };
const textOf = (answer: Answer) => answer.content.map((c) => c.text ?? '').join('\n');

it('finds the tools that take a record, from the server’s own list', () => {
  expect(tools.length).toBeGreaterThanOrEqual(30);
  expect(refArgs.length).toBeGreaterThanOrEqual(28);
  expect(new Set(refArgs.map((r) => r.tool)).size).toBeGreaterThanOrEqual(20);
  console.info(`The MCP privacy sweep covers ${refArgs.length} record arguments:\n${refArgs.map((r) => `${r.tool} ${r.arg}`).join('\n')}`);
});

describeEachDialect('understudy mcp --user reaches none of another member’s records', (_dialect, newDatabase) => {
  const cli = cliSandbox();
  let db: string;
  let a: MemberRecords;
  let d: MemberRecords;
  const members = {} as Record<'bee' | 'cee' | 'dee', TestMember>;
  const mcp = {} as Record<'bee' | 'cee' | 'dee', McpConnection>;
  /** A's texts that `baseline` (what the product says with no records anywhere) does not already hold. */
  const textsBeyond = (baseline: string) => a.texts.filter((text) => !baseline.includes(text));

  beforeAll(async () => {
    db = await newDatabase();
    const team = await createTeamTestApp(db, { today: SWEEP_TODAY });
    try {
      const ada = await team.member('member-a@example.com');
      for (const key of ['bee', 'cee', 'dee'] as const) members[key] = await team.member(`member-${key[0]}@example.com`);
      for (const who of [ada, members.dee]) expect((await team.call(who, 'POST', '/api/demo')).status).toBe(201);
      await markedRecords(team, ada);
      a = await readRecords(team, ada);
      d = await readRecords(team, members.dee);
    } finally {
      await team.close();
    }
    // C is named by account id, the others by email (in any case): each finds the account.
    const [bee, cee, dee] = await Promise.all([
      connectMcp({ db, home: cli.home(), today: SWEEP_TODAY, user: members.bee.email }),
      connectMcp({ db, home: cli.home(), today: SWEEP_TODAY, user: members.cee.id }),
      connectMcp({ db, home: cli.home(), today: SWEEP_TODAY, user: members.dee.email.toUpperCase() }),
    ]);
    Object.assign(mcp, { bee, cee, dee });
  }, 120_000);
  afterAll(async () => {
    await Promise.all(Object.values(mcp).map((m) => m.close()));
  });

  it('serves each member their own workspace', async () => {
    const mentors = async (who: McpConnection) =>
      (await who.call<{ mentors: Array<{ id: string }> }>('list_mentors')).mentors.map((m) => m.id).sort();
    expect(await mentors(mcp.dee)).toEqual([...(d.ids.get('mentors') ?? [])].sort());
    expect(await mentors(mcp.bee)).toEqual([]);
  });

  it.each(refArgs)('$tool with A’s $arg is a not-found tool error, as for an id nobody has', async ({ tool, arg, schema }) => {
    const entity = entityOfField(arg);
    if (!entity) throw new Error(`unreachable: ${arg}`);
    const foreign = [a.ids.get(entity)?.[0] as string, ...(entity === 'templates' ? [MARK_TEMPLATE] : [])];
    const callWith = async (who: McpConnection, value: string) => {
      const args = { ...(minimalValue(schema) as Record<string, unknown>), ...extras[tool]?.(d) };
      // D's own records wherever the call needs one, so that the id tried is the only one refused.
      for (const other of schema.required ?? []) {
        const target = entityOfField(other);
        if (target && other !== arg) args[other] = other.endsWith('Ids') ? [d.ids.get(target)?.[0]] : d.ids.get(target)?.[0];
      }
      const length = schema.properties?.[arg]?.minItems ?? 1;
      args[arg] = arg.endsWith('Ids') ? [...Array.from({ length: length - 1 }, () => d.ids.get(entity)?.[0]), value] : value;
      const answer = (await who.raw(tool, args)) as Answer;
      return { args, isError: answer.isError, text: textOf(answer) };
    };
    for (const who of [mcp.dee, mcp.bee]) {
      const nobodys = await callWith(who, NOBODYS);
      for (const value of foreign) {
        const { args, isError, text } = await callWith(who, value);
        const why = `${tool} ${JSON.stringify(args)}: ${text}`;
        expect(isError, why).toBe(true);
        expect(text, why).toMatch(/^not_found: /);
        expect(text.replaceAll(value, '<id>'), why).toBe(nobodys.text.replaceAll(NOBODYS, '<id>'));
        expect(leaksOf(text, a, { sent: [value], texts: who === mcp.bee ? a.texts : [MARK] }), why).toEqual([]);
      }
    }
  });

  it.each(reads)('$name answers B what an empty workspace sees, and D nothing of A’s', async (tool) => {
    const args = { ...(minimalValue(tool.inputSchema) as Record<string, unknown>), ...extras[tool.name]?.(d) };
    const [b, c, dd, none] = await Promise.all(
      [mcp.bee, mcp.cee, mcp.dee, pristine].map(async (who) => textOf((await who.raw(tool.name, args)) as Answer)),
    );
    if (b === undefined || c === undefined || dd === undefined || none === undefined) throw new Error('unreachable');
    expect(normalised(b, members.bee), b).toBe(normalised(c, members.cee));
    expect(leaksOf(b, a, { texts: textsBeyond(none) }), b).toEqual([]);
    expect(leaksOf(dd, a, { texts: [MARK] }), dd).toEqual([]);
  });

  it('shows B every resource as an empty workspace sees it, and D none of A’s records', async () => {
    const { resources } = await mcp.bee.client.listResources();
    expect(resources.map((r) => r.uri)).toContain('understudy://workspace/summary');
    for (const { uri } of resources) {
      const [b, c, dd, none] = await Promise.all(
        [mcp.bee, mcp.cee, mcp.dee, pristine].map(async (who) => JSON.stringify((await who.client.readResource({ uri })).contents)),
      );
      if (b === undefined || c === undefined || dd === undefined || none === undefined) throw new Error('unreachable');
      expect(normalised(b, members.bee), uri).toBe(normalised(c, members.cee));
      expect(leaksOf(b, a, { texts: textsBeyond(none) }), uri).toEqual([]);
      expect(leaksOf(dd, a, { texts: [MARK] }), uri).toEqual([]);
    }
  });

  it('refuses a prompt about A’s mentor as one about nobody’s, and shows B the others as an empty workspace sees them', async () => {
    const { prompts } = await mcp.bee.client.listPrompts();
    const about = prompts.filter((p) => p.arguments?.some((arg) => entityOfField(arg.name)));
    expect(about.length).toBeGreaterThanOrEqual(2);
    const ask = (who: McpConnection, name: string, args: Record<string, string>) =>
      who.client.getPrompt({ name, arguments: args }).then(
        (answer) => JSON.stringify(answer),
        (error: Error) => `refused: ${error.message}`,
      );
    for (const prompt of about) {
      const required = (prompt.arguments ?? []).filter((x) => x.required).map((x) => x.name);
      const argsOf = (id: string) => Object.fromEntries(required.map((name) => [name, id]));
      for (const who of [mcp.dee, mcp.bee]) {
        const id = a.ids.get(entityOfField(required[0] ?? '') ?? 'mentors')?.[0] as string;
        const refused = await ask(who, prompt.name, argsOf(id));
        expect(refused, prompt.name).toMatch(/^refused: /);
        expect(refused.replaceAll(id, '<id>'), prompt.name).toBe(
          (await ask(who, prompt.name, argsOf(NOBODYS))).replaceAll(NOBODYS, '<id>'),
        );
        expect(leaksOf(refused, a, { sent: [id], texts: [MARK] }), prompt.name).toEqual([]);
      }
    }
    for (const prompt of prompts.filter((p) => !about.includes(p))) {
      const [b, c, none] = await Promise.all([mcp.bee, mcp.cee, pristine].map(async (who) => ask(who, prompt.name, {})));
      if (b === undefined || c === undefined || none === undefined) throw new Error('unreachable');
      expect(normalised(b, members.bee), prompt.name).toBe(normalised(c, members.cee));
      expect(leaksOf(b, a, { texts: textsBeyond(none) }), prompt.name).toEqual([]);
    }
  });

  it('covers every entity A holds, refuses an unknown account with nothing served, and stays solo without --user', async () => {
    for (const name of entityNames) expect(a.ids.get(name)?.length, name).toBeGreaterThan(0);
    const unknown = await cli.run(['--db', db, 'mcp', '--user', 'nobody@example.com']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('No team account nobody@example.com');
    expect(unknown.stdout).toBe('');
    // Without --user it is solo mode as ever: the local user's workspace, none of the members'.
    const solo = await connectMcp({ db, home: cli.home(), today: SWEEP_TODAY });
    try {
      expect((await solo.call<{ mentors: unknown[] }>('list_mentors')).mentors).toEqual([]);
    } finally {
      await solo.close();
    }
  });
});
