import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';

const request = "During Tuesday's roadmap review, did I come across as confident or defensive?";
const silence = 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.';

interface Feedback {
  id: string;
  mentorId: string | null;
  giverName: string;
  strengthId: string | null;
  adopted: string | null;
  adoptedOn: string | null;
}

describeEachDialect('the Mirror API', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
  });
  afterEach(() => t.close());

  const send = async (method: string, path: string, body?: object) => {
    const response = await app.request(`${testBase}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const ok = async <T>(method: string, path: string, body?: object, status = 200): Promise<T> => {
    const response = await send(method, path, body);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body as T;
  };

  it('logs feedback with the mentor of its request, adopts a counter-behaviour and shows it in the mentor’s history', async () => {
    const { mentor } = await ok<{ mentor: { id: string } }>(
      'POST',
      '/api/mentors/with-relationship',
      { mentor: { name: 'Sam Okafor' } },
      201,
    );
    const asked = await ok<{ id: string }>(
      'POST',
      '/api/feedback-requests',
      { giverName: 'Sam Okafor', mentorId: mentor.id, body: request, sentOn: '2026-11-01' },
      201,
    );
    const logged = await ok<{ feedback: Feedback; shadow: { strengthName: string } | null }>(
      'POST',
      '/api/feedback',
      { requestId: asked.id, body: silence, receivedOn: '2026-11-02' },
      201,
    );
    expect(logged.feedback).toMatchObject({ mentorId: mentor.id, giverName: 'Sam Okafor', strengthId: 'thoughtful' });
    expect(logged.shadow?.strengthName).toBe('Thoughtful');

    const adopted = await ok<Feedback>('POST', `/api/feedback/${logged.feedback.id}/adopt`, {
      counter: 'Pause out loud',
      on: '2026-11-05',
    });
    expect(adopted).toMatchObject({ adopted: 'Pause out loud', adoptedOn: '2026-11-05' });
    expect(await ok<Feedback>('GET', `/api/feedback/${logged.feedback.id}`)).toMatchObject({
      mentorId: mentor.id,
      adoptedOn: '2026-11-05',
    });
    const filtered = await ok<{ items: Feedback[] }>('GET', `/api/feedback?mentorId=${mentor.id}`);
    expect(filtered.items.map((f) => f.id)).toEqual([logged.feedback.id]);

    await ok('POST', '/api/feedback', { giverName: 'Lena', body: 'The weather was nice.', strengthId: null }, 201);
    const history = await ok<{ requests: unknown[]; feedback: Feedback[]; replies: unknown[] }>('GET', `/api/mirror?mentorId=${mentor.id}`);
    expect([history.requests.length, history.feedback.map((f) => f.id)]).toEqual([1, [logged.feedback.id]]);
    expect((await ok<{ feedback: unknown[] }>('GET', '/api/mirror')).feedback).toHaveLength(2);
    const actions = await ok<{ actions: Array<{ kind: string; feedbackId?: string; dueOn: string }> }>('GET', '/api/next-actions?days=30');
    expect(actions.actions.filter((a) => a.kind === 'remeasure')).toEqual([
      expect.objectContaining({ feedbackId: logged.feedback.id, dueOn: '2026-11-26' }),
    ]);
  });

  it('refuses unknown ids, empty text and unknown fields, writing nothing', async () => {
    const cases = await Promise.all([
      send('POST', '/api/feedback', { giverName: 'Sam', body: '  ' }),
      send('POST', '/api/feedback', { requestId: 'nope', body: silence }),
      send('POST', '/api/feedback', { mentorId: 'nope', body: silence }),
      send('POST', '/api/feedback', { giverName: 'Sam', body: silence, userId: 'someone' }),
      send('POST', '/api/feedback/nope/adopt', { counter: 'x' }),
      send('GET', '/api/mirror?mentorId=nope'),
    ]);
    expect(cases.map((c) => c.status)).toEqual([400, 404, 404, 400, 404, 404]);
    expect(await t.ctx.ws.table('feedback').list()).toEqual([]);
  });
});
