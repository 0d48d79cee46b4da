import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';

const stackTrace = /at .*\.(ts|js):\d+/;
const ask =
  'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
const reply = 'Thanks for asking! Try showing the annual price as a monthly figure. You should also test a decoy plan. Good luck.';
const linkedinNotes =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On';

interface ErrorBody {
  error: { code: string; message: string };
}
interface Action {
  id: string;
  kind: string;
  dueOn: string;
  reason: string;
  mentorId?: string;
}
interface Advice {
  id: string;
  text: string;
  appliedOn: string | null;
  result: string | null;
  resultExpectedOn: string | null;
  circledBackOn: string | null;
}
interface Relationship {
  id: string;
  stage: string;
}

/** A contact file as a browser uploads it. */
const contactFile = (text: string | Uint8Array, name = 'Connections.csv') => new File([text], name);

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeEachDialect('the loop API', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  const bodies: string[] = [];
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
    bodies.length = 0;
  });
  afterEach(async () => {
    for (const text of bodies) expect(text).not.toMatch(stackTrace);
    await t.close();
  });

  /** Sends a request to `target` (default: this test's app) and keeps the body to check it for stack traces. */
  const send = async (method: string, path: string, body?: FormData | object, target = app) => {
    const response = await target.request(`${testBase}${path}`, {
      method,
      headers: body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await response.text();
    bodies.push(text);
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  };
  const ok = async <T>(method: string, path: string, body?: FormData | object, status = 200): Promise<T> => {
    const response = await send(method, path, body);
    expect(response.status, response.text).toBe(status);
    return response.json<T>();
  };
  const refused = async (method: string, path: string, body?: FormData | object) => {
    const response = await send(method, path, body);
    return { status: response.status, ...response.json<ErrorBody>().error };
  };
  const actions = async (query: string) => (await ok<{ actions: Action[] }>('GET', `/api/next-actions?${query}`)).actions;

  /** Adds Maya and opens the relationship, as of the app's today (2026-11-28). */
  const addMaya = async () =>
    ok<{ mentor: { id: string }; relationship: Relationship }>(
      'POST',
      '/api/mentors/with-relationship',
      { mentor: { name: 'Maya Lindqvist' } },
      201,
    );
  const logMessage = async (relationshipId: string, kind: string, body: string) =>
    (await ok<{ message: { id: string } }>('POST', '/api/messages', { relationshipId, kind, body }, 201)).message;
  /** Maya's reply to an ask, captured as two pieces of advice. */
  const capturedAdvice = async () => {
    const { mentor, relationship } = await addMaya();
    await logMessage(relationship.id, 'ask', ask);
    const message = await logMessage(relationship.id, 'reply', reply);
    const captured = await ok<{ advice: Advice[]; created: number }>('POST', '/api/advice/capture', { messageId: message.id }, 201);
    return {
      mentorId: mentor.id,
      relationshipId: relationship.id,
      messageId: message.id,
      advice: captured.advice,
      created: captured.created,
    };
  };

  it('shows a follow-up 10 days after an ask, with a reason naming the mentor', async () => {
    const { mentor, relationship } = await addMaya();
    const sent = await logMessage(relationship.id, 'ask', ask);
    const followUp = `follow-up:${sent.id}`;
    expect((await actions('today=2026-12-07&days=0')).map((a) => a.id)).not.toContain(followUp);
    const due = (await actions('today=2026-12-08&days=0')).find((a) => a.id === followUp);
    expect(due).toMatchObject({ kind: 'follow-up', dueOn: '2026-12-08', mentorId: mentor.id });
    expect(due?.reason).toContain('Maya Lindqvist');
    expect((await actions('days=10')).map((a) => a.id)).toContain(followUp);
    expect((await actions('days=9')).map((a) => a.id)).not.toContain(followUp);

    for (const query of ['days=abc', 'days=-1', 'days=367', 'days=1.5', 'today=2026-02-30', 'today=tomorrow']) {
      const bad = await refused('GET', `/api/next-actions?${query}`);
      expect(bad, query).toMatchObject({ status: 400, code: 'invalid_input' });
    }
    expect(await refused('GET', '/api/next-actions.ics?days=1000')).toMatchObject({ status: 400 });
    expect(await refused('GET', '/api/losing-touch?today=soon')).toMatchObject({ status: 400 });
  });

  it('serves next actions as a calendar file with stable UIDs', async () => {
    const { relationship } = await addMaya();
    const sent = await logMessage(relationship.id, 'ask', ask);
    const first = await send('GET', '/api/next-actions.ics');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="understudy-next-actions.ics"');
    expect(first.text).toMatch(/^BEGIN:VCALENDAR/);
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]?.trim());
    expect(uids(first.text)).toContain(`follow-up:${sent.id}@understudy`);
    const second = await send('GET', '/api/next-actions.ics?days=30');
    expect(uids(second.text)).toEqual(uids(first.text));
    expect(uids((await send('GET', '/api/next-actions.ics?days=5')).text)).not.toContain(`follow-up:${sent.id}@understudy`);
  });

  it('walks advice through capture, apply, result and circle-back, refusing steps out of order', async () => {
    const { relationshipId, messageId, advice, created } = await capturedAdvice();
    expect(created).toBe(2);
    const [first, second] = advice;
    if (!first || !second) throw new Error('no advice captured');
    expect((await ok<{ created: number }>('POST', '/api/advice/capture', { messageId }, 201)).created).toBe(0);

    expect(await refused('POST', `/api/advice/${first.id}/result`, { result: 'Take rate up 5 points' })).toMatchObject({
      status: 409,
      code: 'illegal_transition',
    });
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409, code: 'illegal_transition' });

    const applied = await ok<{ advice: Advice; relationship: Relationship }>('POST', `/api/advice/${first.id}/apply`, {
      context: 'the Q4 upgrade screen',
    });
    expect(applied.advice).toMatchObject({ appliedOn: '2026-11-28' });
    expect(applied.relationship.stage).toBe('applied');
    expect(await refused('POST', `/api/advice/${first.id}/apply`, { context: 'again' })).toMatchObject({ status: 409 });
    expect(await refused('POST', `/api/advice/${second.id}/apply`, { context: '   ' })).toMatchObject({ status: 400 });
    expect(await refused('POST', `/api/advice/${second.id}/apply`, { on: '2026-12-01', context: 'later' })).toMatchObject({ status: 400 });

    const result = await ok<Advice>('POST', `/api/advice/${first.id}/result`, { result: 'Annual take rate 18% → 23%' });
    expect(result.result).toBe('Annual take rate 18% → 23%');
    // By hand the loop does not close: the circle-back message that reports the result closes it.
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409, code: 'illegal_transition' });
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, { on: '2026-11-28' })).toMatchObject({ status: 400 });
    const circleBack =
      'Hi Maya, thank you for the tip: we showed the monthly equivalent on our upgrade screen and the annual take rate went from 18% to 23%.';
    const circled = await ok<{ advice: Advice[]; relationship: Relationship }>(
      'POST',
      '/api/messages',
      { relationshipId, kind: 'circle-back', body: circleBack, adviceIds: [first.id] },
      201,
    );
    expect(circled.advice[0]?.circledBackOn).toBe('2026-11-28');
    expect(circled.relationship.stage).toBe('circled-back');
    expect(await refused('POST', `/api/advice/${first.id}/circled-back`, {})).toMatchObject({ status: 409 });

    // Advice can be corrected: merged, edited and removed.
    const extra = await ok<Advice>('POST', '/api/advice', { relationshipId, text: 'cut the setup steps instead' }, 201);
    const merged = await ok<Advice>('POST', '/api/advice/merge', { adviceIds: [second.id, extra.id] });
    expect(merged).toMatchObject({ id: second.id, text: expect.stringMatching(/cut the setup steps instead$/) });
    expect(await refused('GET', `/api/advice/${extra.id}`)).toMatchObject({ status: 404 });
    expect(await refused('POST', '/api/advice/merge', { adviceIds: [second.id, first.id] })).toMatchObject({ status: 409 });
    const edited = await ok<Advice>('PATCH', `/api/advice/${second.id}`, { resultExpectedOn: '2026-12-20' });
    expect(edited.resultExpectedOn).toBe('2026-12-20');
    expect(await refused('PATCH', `/api/advice/${second.id}`, { circledBackOn: '2026-11-28' })).toMatchObject({ status: 400 });
    expect(await refused('PATCH', `/api/advice/${second.id}`, { resultExpectedOn: '2026-01-01' })).toMatchObject({ status: 400 });

    const record = await ok<{
      counts: Record<string, number>;
      open: Array<{ advice: Advice; next: string }>;
      escalationSuggested: boolean;
    }>('GET', `/api/relationships/${relationshipId}/mentee-record`);
    expect(record.counts).toEqual({ received: 2, applied: 1, withResult: 1, circledBack: 1, circledBackWithResult: 1 });
    expect(record.open.map((o) => [o.advice.id, o.next])).toEqual([[second.id, 'apply']]);
    expect(record.escalationSuggested).toBe(true);

    for (const [method, path, body] of [
      ['POST', '/api/advice/no-such-advice/apply', { context: 'x' }],
      ['POST', '/api/advice/no-such-advice/result', { result: 'x' }],
      ['POST', '/api/advice/no-such-advice/circled-back', {}],
      ['POST', '/api/advice/capture', { messageId: 'no-such-message' }],
      ['GET', '/api/relationships/no-such-relationship/mentee-record', undefined],
    ] as const) {
      expect(await refused(method, path, body), path).toMatchObject({ status: 404, code: 'not_found' });
    }
  });

  it('finds an unclosed loop the day after a circle-back was due, and not the day before', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { on: '2026-11-28', context: 'the upgrade screen' });
    const unclosed = async (today: string) => {
      const report = await ok<{ today: string; checked: string[]; findings: Array<{ pitfall: string; message: string }> }>(
        'GET',
        `/api/doctor?today=${today}`,
      );
      expect(report.today).toBe(today);
      expect(report.checked).toContain('unclosed-loop');
      return report.findings.filter((f) => f.pitfall === 'unclosed-loop');
    };
    expect(await unclosed('2026-12-05')).toEqual([]);
    const [finding] = await unclosed('2026-12-06');
    expect(finding?.message).toMatch(/Maya Lindqvist’s advice .* due by 2026-12-05/);
    expect(await refused('GET', '/api/doctor?today=2026-13-01')).toMatchObject({ status: 400 });
  });

  it('lists relationships past their maximum gap as losing touch', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { context: 'the upgrade screen' });
    expect(await ok('GET', '/api/losing-touch')).toEqual([]);
    const slipping = await ok<Array<{ mentorName: string; daysSince: number }>>('GET', '/api/losing-touch?today=2027-01-28');
    expect(slipping).toMatchObject([{ mentorName: 'Maya Lindqvist', daysSince: 61 }]);
  });

  it('shortlists the expert first, with reasons', async () => {
    const gap = await ok<{ id: string }>(
      'POST',
      '/api/gaps',
      { statement: 'I have never designed a pricing experiment', skill: 'execution' },
      201,
    );
    await ok('POST', '/api/mentors', { name: 'Bo Generalist', expertise: ['leadership'], excellenceScore: 3, explainingScore: 3 }, 201);
    const ana = await ok<{ id: string }>(
      'POST',
      '/api/mentors',
      { name: 'Ana Diaz', expertise: ['pricing', 'experimentation'], excellenceScore: 5, explainingScore: 4 },
      201,
    );
    const list = await ok<Array<{ mentor: { id: string }; score: number; reasons: string[] }>>(
      'GET',
      `/api/mentors/shortlist?gapId=${gap.id}`,
    );
    expect(list.map((e) => e.mentor.id)[0]).toBe(ana.id);
    expect(list[0]?.score).toBeGreaterThan(list[1]?.score ?? 100);
    expect(list[0]?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/pricing/), 'Proven Excellence 5/5 (no evidence)']));
    expect(await ok<unknown[]>('GET', `/api/mentors/shortlist?gapId=${gap.id}&limit=1`)).toHaveLength(1);
    expect(await refused('GET', `/api/mentors/shortlist?gapId=${gap.id}&limit=0`)).toMatchObject({ status: 400 });
    expect(await refused('GET', '/api/mentors/shortlist?gapId=no-such-gap')).toMatchObject({ status: 404, code: 'not_found' });
    expect(await refused('GET', '/api/mentors/shortlist')).toMatchObject({ status: 400 });
  });

  it('logs a meeting whose action item shows in the next actions', async () => {
    const { relationship } = await addMaya();
    const logged = await ok<{ meeting: { id: string; date: string }; actionItems: Array<{ id: string; dueOn: string }> }>(
      'POST',
      '/api/meetings',
      {
        relationshipId: relationship.id,
        objective: 'Review the test plan',
        actionItems: [{ text: 'Send the test results', dueOn: '2026-12-03' }],
      },
      201,
    );
    expect(logged.meeting.date).toBe('2026-11-28');
    const item = (await actions('days=7')).find((a) => a.kind === 'action-item');
    expect(item).toMatchObject({ id: `action-item:${logged.actionItems[0]?.id}`, dueOn: '2026-12-03' });
    expect(item?.reason).toMatch(/Maya Lindqvist.*Send the test results/);

    const meetings = async () => (await ok<{ items: unknown[] }>('GET', '/api/meetings')).items.length;
    const before = { relationshipId: relationship.id, date: '2026-11-28', actionItems: [{ text: 'Too early', dueOn: '2026-11-01' }] };
    expect(await refused('POST', '/api/meetings', before)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/before the meeting/),
    });
    expect(await refused('POST', '/api/meetings', { relationshipId: relationship.id, date: '2026-12-01' })).toMatchObject({ status: 400 });
    expect(await refused('POST', '/api/meetings', { relationshipId: relationship.id, durationMinutes: 0 })).toMatchObject({ status: 400 });
    expect(await refused('POST', '/api/meetings', { relationshipId: 'no-such-relationship' })).toMatchObject({ status: 404 });
    expect(await meetings()).toBe(1);
  });

  it('backs up and restores a workspace into a new one, giving the same backup', async () => {
    const { advice } = await capturedAdvice();
    await ok('POST', `/api/advice/${advice[0]?.id}/apply`, { context: 'the upgrade screen' });
    await ok('PATCH', '/api/me', { role: 'Product Manager', level: 'senior' });
    const backup = await send('GET', '/api/backup');
    expect(backup.status).toBe(200);
    expect(backup.headers.get('content-type')).toBe('application/json');
    expect(backup.headers.get('content-disposition')).toBe('attachment; filename="understudy-backup.json"');
    expect(backup.json<{ format: string; entities: { advice: unknown[] } }>()).toMatchObject({ format: 'understudy-backup' });

    const other = await openTestWorkspace(await newDatabase(), '2026-11-28');
    try {
      const otherApp = createTestApp(other.store);
      const restored = await send('POST', '/api/restore', JSON.parse(backup.text) as object, otherApp);
      expect(restored.status, restored.text).toBe(200);
      expect(restored.json<{ restored: Record<string, number> }>().restored).toMatchObject({ mentors: 1, relationships: 1, advice: 2 });
      expect((await send('GET', '/api/backup', undefined, otherApp)).text).toBe(backup.text);
    } finally {
      await other.close();
    }

    const conflict = await refused('POST', '/api/restore', JSON.parse(backup.text) as object);
    expect(conflict).toMatchObject({ status: 409, code: 'conflict' });
    expect((await send('GET', '/api/backup')).text).toBe(backup.text);
    const oversized = { ...(JSON.parse(backup.text) as object), padding: 'x'.repeat(11 * 1024 * 1024) };
    expect(await refused('POST', '/api/restore', oversized)).toMatchObject({ status: 413, code: 'too_large' });
    const invalid = await refused('POST', '/api/restore', { format: 'something-else' });
    expect(invalid).toMatchObject({ status: 400, code: 'invalid_input', message: expect.stringMatching(/not an Understudy backup/) });
    expect((await send('GET', '/api/backup')).text).toBe(backup.text);
  });

  it('exports a report and CSV files that a spreadsheet cannot run', async () => {
    await ok('POST', '/api/mentors', { name: '=HYPERLINK("https://evil.example","Ana")', company: 'Acme, Inc.' }, 201);
    const csv = await send('GET', '/api/export/csv/mentors');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="mentors.csv"');
    const [header, row] = csv.text.split('\r\n');
    expect(header?.split(',')).toEqual(expect.arrayContaining(['id', 'name', 'company']));
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""Ana"")"`);
    expect(row).not.toMatch(/,=/);
    const items = await send('GET', '/api/export/csv/action-items');
    expect(items.headers.get('content-disposition')).toBe('attachment; filename="action-items.csv"');
    expect((await send('GET', '/api/export/csv/actionItems')).text).toBe(items.text);
    expect(await refused('GET', '/api/export/csv/passwords')).toMatchObject({ status: 404, code: 'not_found' });

    const report = await send('GET', '/api/export/report.md');
    expect(report.status).toBe(200);
    expect(report.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(report.text).toMatch(/^# Growth report/);
  });

  it('imports a LinkedIn export as mentors, and refuses a file with a malformed row whole', async () => {
    const rows = [
      'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,ana@example.com,"Stripe, Inc.",Head of Growth,12 Jan 2024',
      'Bo,Li,https://www.linkedin.com/in/bo-li,,Figma,PM,03 Feb 2023',
    ];
    const mentors = async () => (await ok<{ items: Array<{ name: string; whereFound: string }> }>('GET', '/api/mentors')).items;
    const text = [linkedinNotes, ...rows, ''].join('\n');

    const dry = await ok<{ created: number; dryRun: boolean }>('POST', '/api/import', form({ file: contactFile(text), dryRun: 'true' }));
    expect(dry).toMatchObject({ created: 2, dryRun: true });
    expect(await mentors()).toEqual([]);

    const imported = await ok<{ format: string; created: number; mentors: string[] }>(
      'POST',
      '/api/import',
      form({ file: contactFile(text) }),
    );
    expect(imported).toMatchObject({ format: 'linkedin', created: 2 });
    expect((await mentors()).map((m) => [m.name, m.whereFound]).sort()).toEqual([
      ['Ana Ruiz', 'LinkedIn'],
      ['Bo Li', 'LinkedIn'],
    ]);

    const malformed = [linkedinNotes, 'Cy,Wu,https://x.test/in/cy,cy@x.test,Co,PM,01 Mar 2022', 'Di,Ng,u,not-an-email,Co', ''].join('\n');
    const bad = await refused('POST', '/api/import', form({ file: contactFile(malformed) }));
    expect(bad).toMatchObject({ status: 400, code: 'invalid_input', message: expect.stringMatching(/^Connections\.csv: .*line 6/) });
    expect(await mentors()).toHaveLength(2);
  });

  it('imports a generic CSV with a column map, and refuses binary, non-UTF-8 and oversized files', async () => {
    const csv = 'Full Name,E-mail\nCy Wu,cy@example.com\n';
    const map = 'name=Full Name,email=E-mail';
    const imported = await ok<{ format: string; created: number }>(
      'POST',
      '/api/import',
      form({ file: contactFile(csv, 'people.csv'), map }),
    );
    expect(imported).toMatchObject({ format: 'csv', created: 1 });
    expect(await refused('POST', '/api/import', form({ file: contactFile(csv, 'people.csv'), map: 'colour=Full Name' }))).toMatchObject({
      status: 400,
    });
    expect(await refused('POST', '/api/import', form({ file: contactFile(csv, 'people.csv'), format: 'excel' }))).toMatchObject({
      status: 400,
    });

    const binary = await refused(
      'POST',
      '/api/import',
      form({ file: contactFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), 'x.csv') }),
    );
    expect(binary).toMatchObject({ status: 400, message: expect.stringMatching(/^x\.csv looks binary/) });
    const latin1 = new Uint8Array([...new TextEncoder().encode('Name\nJos'), 0xe9, 0x0a]);
    expect(await refused('POST', '/api/import', form({ file: contactFile(latin1, 'latin1.csv') }))).toMatchObject({
      status: 400,
      message: expect.stringMatching(/^latin1\.csv is not UTF-8/),
    });
    const huge = contactFile(new Uint8Array(21 * 1024 * 1024).fill(0x61), 'huge.csv');
    expect(await refused('POST', '/api/import', form({ file: huge }))).toMatchObject({ status: 413, code: 'too_large' });
    expect(await refused('POST', '/api/import', form({ format: 'csv' }))).toMatchObject({ status: 400 });
    expect((await ok<{ items: unknown[] }>('GET', '/api/mentors')).items).toHaveLength(1);
  });

  it('documents its routes in OpenAPI with tags and summaries', async () => {
    const doc = await ok<{ paths: Record<string, Record<string, { tags?: string[]; summary?: string }>> }>('GET', '/api/openapi.json');
    const routes = [
      ['get', '/api/next-actions'],
      ['get', '/api/next-actions.ics'],
      ['get', '/api/losing-touch'],
      ['get', '/api/doctor'],
      ['get', '/api/mentors/shortlist'],
      ['post', '/api/advice/capture'],
      ['post', '/api/advice/{id}/apply'],
      ['post', '/api/advice/{id}/result'],
      ['post', '/api/advice/{id}/circled-back'],
      ['post', '/api/advice/merge'],
      ['get', '/api/relationships/{id}/mentee-record'],
      ['get', '/api/backup'],
      ['post', '/api/restore'],
      ['get', '/api/export/report.md'],
      ['get', '/api/export/csv/{entity}'],
      ['post', '/api/import'],
    ] as const;
    for (const [method, path] of routes) {
      const route = doc.paths[path]?.[method];
      expect(route?.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(route?.summary, `${method} ${path}`).toMatch(/\w/);
    }
  });
});
