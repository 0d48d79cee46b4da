import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../test/helpers/app.js';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../test/helpers/workspace.js';

const base = testBase;

describeEachDialect('the HTTP API', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
  });
  afterEach(() => t.close());

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('tells its health, version, database and the reference date it judges by', async () => {
    const response = await send('GET', '/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, version: 'test', today: '2026-11-28' });
  });

  it('filters lists by number fields as numbers, and refuses a filter that is not one', async () => {
    await send('POST', '/api/mentors', { name: 'Ana', excellenceScore: 5 });
    await send('POST', '/api/mentors', { name: 'Bo', excellenceScore: 3 });
    const five = (await (await send('GET', '/api/mentors?excellenceScore=5')).json()) as { items: Array<{ name: string }> };
    expect(five.items.map((m) => m.name)).toEqual(['Ana']);
    const bad = await send('GET', '/api/mentors?excellenceScore=abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', message: expect.stringContaining('excellenceScore') } });
  });

  it('refuses text with the NUL character alike on both databases, and stores nothing', async () => {
    const created = await send('POST', '/api/mentors', { name: 'a\u0000b' });
    expect(created.status).toBe(400);
    expect(await created.json()).toMatchObject({
      error: { code: 'invalid_input', message: expect.stringMatching(/Name cannot contain .*U\+0000/) },
    });
    for (const path of ['/api/mentors/%00', '/api/mentors?name=a%00b', '/api/templates/a%00b']) {
      expect((await send('GET', path)).status, path).toBe(400);
    }
    expect(((await (await send('GET', '/api/mentors')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('creates, lists, reads, changes and deletes records', async () => {
    const created = await send('POST', '/api/outcomes', { statement: 'Raise activation from 30% to 40% by 2027-04-30', target: 40 });
    expect(created.status).toBe(201);
    const outcome = (await created.json()) as { id: string; status: string };
    expect(outcome.status).toBe('active');
    const list = (await (await send('GET', '/api/outcomes?status=active')).json()) as { items: unknown[] };
    expect(list.items).toHaveLength(1);
    expect((await send('PATCH', `/api/outcomes/${outcome.id}`, { status: 'achieved' })).status).toBe(200);
    expect(((await (await send('GET', `/api/outcomes/${outcome.id}`)).json()) as { status: string }).status).toBe('achieved');
    expect((await send('DELETE', `/api/outcomes/${outcome.id}`)).status).toBe(204);
    expect((await send('GET', `/api/outcomes/${outcome.id}`)).status).toBe(404);
  });

  it('runs the loop through the API and refuses an illegal move with 409', async () => {
    const added = (await (await send('POST', '/api/mentors/with-relationship', { mentor: { name: 'Maya' } })).json()) as {
      relationship: { id: string };
    };
    const id = added.relationship.id;
    const ask = await send('POST', '/api/messages', {
      relationshipId: id,
      kind: 'ask',
      body: 'Which product shows your pricing idea best?',
    });
    expect(ask.status).toBe(201);
    expect(((await ask.json()) as { relationship: { stage: string } }).relationship.stage).toBe('asked');
    const illegal = await send('POST', `/api/relationships/${id}/moves`, { to: 'escalated' });
    expect(illegal.status).toBe(409);
    const error = (await illegal.json()) as { error: { code: string; message: string } };
    expect(error.error.code).toBe('illegal_transition');
    expect(error.error.message).toMatch(/circle-back/);
    const history = (await (
      await send('GET', `/api/mentors/${(added as unknown as { mentor: { id: string } }).mentor.id}/history`)
    ).json()) as {
      relationships: Array<{ relationship: { stage: string }; messages: unknown[] }>;
    };
    expect(history.relationships[0]?.relationship.stage).toBe('asked');
    expect(history.relationships[0]?.messages).toHaveLength(1);
  });

  it('answers malformed JSON, wrong types and unknown ids with a 4xx and a clear message', async () => {
    const malformed = await send('POST', '/api/outcomes', '{"statement": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { message: string } }).error.message).toMatch(/JSON/i);
    const wrong = await send('POST', '/api/mentors', { name: 42 });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(/name/);
    const missingRef = await send('POST', '/api/checkins', { outcomeId: 'nope', value: 1 });
    expect(missingRef.status).toBe(404);
    expect((await send('PATCH', '/api/mentors/nope', { name: 'X' })).status).toBe(404);
    expect((await send('GET', '/api/no-such-thing')).status).toBe(404);
    expect(((await (await send('GET', '/api/outcomes')).json()) as { items: unknown[] }).items).toEqual([]);
  });

  it('reads and changes the workspace user', async () => {
    const changed = await send('PATCH', '/api/me', { name: 'Alex', level: 'senior' });
    expect(changed.status).toBe(200);
    expect(await (await send('GET', '/api/me')).json()).toMatchObject({ id: 'local', name: 'Alex', level: 'senior' });
    expect((await send('PATCH', '/api/me', { level: 'wizard' })).status).toBe(400);
  });

  it('never leaks a stack trace', async () => {
    const response = await send('POST', '/api/outcomes', '[1,2,3]');
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin on writes (CSRF)', async () => {
    const rebinding = await send('GET', '/api/outcomes', undefined, { host: 'evil.example:4477' });
    expect(rebinding.status).toBe(403);
    const csrf = await send('POST', '/api/outcomes', { statement: 'x' }, { origin: 'https://evil.example' });
    expect(csrf.status).toBe(403);
    const nullOrigin = await send('POST', '/api/outcomes', { statement: 'x' }, { origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const crossSite = await send('POST', '/api/outcomes', { statement: 'x' }, { 'sec-fetch-site': 'cross-site' });
    expect(crossSite.status).toBe(403);
    expect(((await (await send('GET', '/api/outcomes')).json()) as { items: unknown[] }).items).toEqual([]);
    const own = await send('POST', '/api/outcomes', { statement: 'Ship it by June' }, { origin: 'http://localhost:4477' });
    expect(own.status).toBe(201);
  });

  it('refuses oversized bodies with 413', async () => {
    const huge = JSON.stringify({ statement: 'x'.repeat(11 * 1024 * 1024) });
    const response = await app.request(`${base}/api/outcomes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(huge.length) },
      body: huge,
    });
    expect(response.status).toBe(413);
  });

  it('describes itself in OpenAPI and serves interactive docs from this machine', async () => {
    const doc = (await (await send('GET', '/api/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/outcomes', '/api/mentors/{id}', '/api/relationships/{id}/moves']));
    const docs = await (await send('GET', '/api/docs')).text();
    expect(docs).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(docs).not.toMatch(/https?:\/\//);
    expect((await send('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
    expect((await send('GET', '/')).status).toBe(200);
  });
});
