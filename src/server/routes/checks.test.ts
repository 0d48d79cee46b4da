import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { cliSandbox } from '../../../test/helpers/cli.js';
import { sqliteDatabase } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { checkAsk } from '../../analysis/checks/ask/check-ask.js';
import { MAX_TEXT_BYTES } from '../../analysis/engine/text-limit.js';
import { addMentor } from '../../core/relationships/add-mentor.js';
import { MAX_CHECK_BODY_BYTES } from './checks.js';

const stackTrace = /at .*\.(ts|js):\d+/;

interface ErrorBody {
  error: { code: string; message: string };
}
interface CheckBody {
  verdict: string;
  findings: Array<{ rule: string; start: number; end: number }>;
  outcome?: { deadline: string | null };
}

/** Every check route, with a text it is meant for and the CLI command that prints the same result. */
const routes = [
  {
    path: '/api/checks/ask',
    cli: ['check', 'ask'],
    text: 'Hi Zoë 👋 I read your post on annual-plan pricing. Which single metric would you watch first when a paywall test starts?',
  },
  { path: '/api/checks/goal', cli: ['check', 'goal'], text: 'Raise activation from 30% to 40% in 4 months.' },
  {
    path: '/api/checks/feedback-request',
    cli: ['check', 'feedback-request'],
    text: "During Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive?",
  },
  { path: '/api/checks/feedback-reply', cli: ['check', 'feedback-reply'], text: 'Thanks, but to be fair the question was unfair.' },
  { path: '/api/classify/skill', cli: ['classify', 'skill'], text: 'I struggle to get engineers to commit when I present the roadmap.' },
  {
    path: '/api/shadow',
    cli: ['shadow'],
    text: 'You are very decisive, but in the review you refused to revisit the plan when new data came in.',
  },
  {
    path: '/api/advice/extract',
    cli: ['advice'],
    text: 'Try showing the monthly price next to the annual one. Also, run the test for two full weeks before you judge it.',
  },
] as const;

describe('the checks over HTTP', () => {
  const newDatabase = sqliteDatabase();
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeAll(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
  });
  afterAll(() => t.close());

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(`${testBase}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  /** Posts a request that must be refused: its status, and its error in the app's one shape. */
  const refused = async (path: string, body: unknown, headers?: Record<string, string>) => {
    const response = await post(path, body, headers);
    const text = await response.text();
    expect(text).not.toMatch(stackTrace);
    const parsed = JSON.parse(text) as ErrorBody;
    expect(Object.keys(parsed)).toEqual(['error']);
    return { status: response.status, ...parsed.error };
  };

  it('meets the issue: "Will you be my mentor?" at first contact is revise, for mentorship-request', async () => {
    const response = await post('/api/checks/ask', { text: 'Will you be my mentor?', stage: 'first-contact' });
    expect(response.status).toBe(200);
    const result = (await response.json()) as CheckBody;
    expect(result.verdict).toBe('revise');
    expect(result.findings.map((f) => f.rule)).toContain('mentorship-request');
  });

  it('refuses every check from a foreign Origin (403), as every write, and serves its own', async () => {
    for (const { path, text } of routes) {
      expect(await refused(path, { text }, { origin: 'https://evil.example' }), path).toMatchObject({
        status: 403,
        code: 'forbidden_origin',
      });
      expect(await refused(path, { text }, { 'sec-fetch-site': 'cross-site' }), path).toMatchObject({ status: 403 });
      expect((await post(path, { text }, { origin: 'http://127.0.0.1:4477' })).status, path).toBe(200);
    }
  });

  it('checks an ask at the stage given, first contact by default, and a backstage request like an escalation', async () => {
    const text = 'Thank you for the tip on pricing. We tried it on our upgrade screen and the annual take rate went from 18% to 23%.';
    const byDefault = (await (await post('/api/checks/ask', { text })).json()) as CheckBody;
    const firstContact = (await (await post('/api/checks/ask', { text, stage: 'first-contact' })).json()) as CheckBody;
    const circleBack = (await (await post('/api/checks/ask', { text, stage: 'circle-back' })).json()) as CheckBody;
    expect(byDefault).toEqual(firstContact);
    expect(circleBack).not.toEqual(firstContact);
    const slot = 'Could we set up an hour to go through our whole roadmap?';
    const backstage = (await (await post('/api/checks/ask', { text: slot, stage: 'backstage' })).json()) as CheckBody;
    expect(backstage.findings.map((f) => f.rule)).toContain('slot-too-long');
  });

  it('checks an escalation against the mentor’s relationship when it names one, as the CLI and MCP do', async () => {
    const { mentor } = await addMentor(t.ctx, { input: { name: 'Maya Lindqvist' } });
    const text = 'Would you be open to a 30-minute call each month to go over my pricing experiments?';
    const named = (await (await post('/api/checks/ask', { text, stage: 'escalation', mentorId: mentor.id })).json()) as CheckBody;
    // No circle-back has been logged with Maya, so the escalation is out of order.
    expect(named).toEqual(JSON.parse(JSON.stringify(checkAsk(text, { stage: 'escalation', hasCircleBack: false }))));
    expect(named.findings.map((f) => f.rule)).toContain('no-circle-back');
    const unknown = await refused('/api/checks/ask', { text, stage: 'escalation', mentorId: '019a0000-0000-7000-8000-000000000000' });
    expect(unknown).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('reads a goal’s relative deadline from the server’s today, or from the today given', async () => {
    const text = 'Raise activation from 30% to 40% in 4 months.';
    const onServerDay = (await (await post('/api/checks/goal', { text })).json()) as CheckBody;
    expect(onServerDay.verdict).toBe('concrete');
    expect(onServerDay.outcome?.deadline).toBe('2027-03-28');
    const given = (await (await post('/api/checks/goal', { text, today: '2027-01-10' })).json()) as CheckBody;
    expect(given.outcome?.deadline).toBe('2027-05-10');
  });

  it('refuses malformed JSON, a missing or non-string text, a body that is not an object or not JSON, on every route', async () => {
    for (const { path } of routes) {
      expect(await refused(path, '{"text": '), path).toMatchObject({
        status: 400,
        code: 'invalid_input',
        message: expect.stringMatching(/JSON/i),
      });
      expect(await refused(path, {}), path).toMatchObject({ status: 400, code: 'invalid_input', message: expect.stringMatching(/text/) });
      expect(await refused(path, { text: 42 }), path).toMatchObject({ status: 400, message: expect.stringMatching(/text/) });
      expect(await refused(path, '["text"]'), path).toMatchObject({ status: 400, code: 'invalid_input' });
      expect(await refused(path, { text: 'Hi' }, { 'content-type': 'text/plain' }), path).toMatchObject({ status: 415 });
    }
  });

  it('refuses an unknown stage and a today that is not a date, naming the field', async () => {
    expect(await refused('/api/checks/ask', { text: 'Hi', stage: 'second-contact' })).toMatchObject({
      status: 400,
      code: 'invalid_input',
      message: expect.stringMatching(/stage/),
    });
    for (const today of ['2026-02-30', 'tomorrow', 20261128]) {
      expect(await refused('/api/checks/goal', { text: 'Ship it by June', today }), String(today)).toMatchObject({
        status: 400,
        message: expect.stringMatching(/today/),
      });
    }
  });

  it('takes a text up to the command line’s limit and refuses a longer one with its size, never a stack trace', async () => {
    const atLimit = await post('/api/checks/feedback-reply', { text: 'a'.repeat(MAX_TEXT_BYTES) });
    expect(atLimit.status).toBe(200);
    expect(await refused('/api/checks/feedback-reply', { text: 'a'.repeat(MAX_TEXT_BYTES + 1) })).toMatchObject({
      status: 400,
      code: 'invalid_input',
      message: expect.stringMatching(/text: .*1 MB/),
    });
    // Fewer characters than the limit, more bytes: the limit is in UTF-8, as on the command line.
    expect(await refused('/api/checks/ask', { text: 'é'.repeat(MAX_TEXT_BYTES / 2 + 1) })).toMatchObject({ status: 400 });
    // A text escaped as \uXXXX by its client still fits the body limit.
    const escaped = `{"text":"${'\\u00e9'.repeat(MAX_TEXT_BYTES / 2)}"}`;
    expect((await post('/api/checks/ask', escaped)).status).toBe(200);
  });

  it('refuses a body over the checks’ limit with 413 too_large, with and without content-length', async () => {
    const huge = JSON.stringify({ text: 'a'.repeat(MAX_CHECK_BODY_BYTES) });
    expect(await refused('/api/shadow', huge)).toMatchObject({ status: 413, code: 'too_large' });
    expect(await refused('/api/shadow', huge, { 'content-length': String(huge.length) })).toMatchObject({
      status: 413,
      code: 'too_large',
    });
  });

  it('keeps POST /api/advice for advice records: reading advice out of a text is /api/advice/extract', async () => {
    expect(await refused('/api/advice', { text: 'Try the annual plan.' })).toMatchObject({
      status: 400,
      message: expect.stringMatching(/relationshipId/),
    });
  });

  it('lists every check, the questions of a document and the draft check in the OpenAPI document', async () => {
    const doc = (await (await app.request(`${testBase}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
    };
    for (const { path } of routes) {
      const operation = doc.paths[path]?.post;
      expect(operation, path).toBeDefined();
      expect(Object.keys(operation?.responses ?? {}), path).toEqual(expect.arrayContaining(['200', '400', '413']));
    }
    expect(doc.paths['/api/questions']?.post).toBeDefined();
    expect(doc.paths['/api/templates/{ref}/check']?.post).toBeDefined();
  });

  describe('answers exactly what the command line prints with --json', () => {
    const cli = cliSandbox();

    /** The CLI's `--json` result for `text` on standard input; a failing verdict (exit 1) still prints it. */
    const cliResult = async (args: readonly string[], text: string) => {
      const run = await cli.run(['--today', '2026-11-28', ...args, '--json', '-'], { stdin: text });
      expect(run.code === 0 || run.code === 1, run.stderr).toBe(true);
      return JSON.parse(run.stdout) as unknown;
    };

    it.each(routes)('$path', async ({ path, cli: args, text }) => {
      const response = await post(path, { text });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(await cliResult(args, text));
    });

    it('/api/checks/ask at another stage', async () => {
      const text = 'Just bumping this to the top of your inbox: did you get my email?';
      const response = await post('/api/checks/ask', { text, stage: 'follow-up' });
      expect(await response.json()).toEqual(await cliResult(['check', 'ask', '--stage', 'follow-up'], text));
    });
  });
});
