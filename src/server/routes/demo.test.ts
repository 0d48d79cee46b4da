import { afterEach, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createRecord } from '../../core/records/create-record.js';

interface ErrorBody {
  error: { code: string; message: string };
}

describeEachDialect('the demo workspace API', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
  });
  afterEach(() => t.close());

  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    app.request(`${testBase}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: method === 'GET' ? undefined : '{}',
    });
  const read = async <T>(response: Response | Promise<Response>): Promise<T> => (await response).json() as Promise<T>;
  const count = async (path: string) => (await read<{ items: unknown[] }>(send('GET', path))).items.length;

  it('loads the two worked examples into an empty workspace, then refuses a second load and changes nothing', async () => {
    const loaded = await send('POST', '/api/demo');
    expect(loaded.status).toBe(201);
    expect(await read(loaded)).toEqual({ outcomes: 2, mentors: 2 });
    expect(await count('/api/outcomes')).toBe(2);
    expect(await count('/api/mentors')).toBe(2);
    expect(await read(send('GET', '/api/me'))).toMatchObject({ name: 'Alex Rivera', level: 'senior' });
    const relationships = await count('/api/relationships');

    const again = await send('POST', '/api/demo');
    expect(again.status).toBe(409);
    const { error } = await read<ErrorBody>(again);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/already has records/);
    expect(await count('/api/outcomes')).toBe(2);
    expect(await count('/api/mentors')).toBe(2);
    expect(await count('/api/relationships')).toBe(relationships);
  });

  it('refuses a workspace that has only a mentor, adding nothing', async () => {
    await createRecord(t.ctx, { entity: 'mentors', input: { name: 'Priya Raman' } });
    const refused = await send('POST', '/api/demo');
    expect(refused.status).toBe(409);
    expect((await read<ErrorBody>(refused)).error.code).toBe('conflict');
    expect(await count('/api/mentors')).toBe(1);
    expect(await count('/api/outcomes')).toBe(0);
    expect(await read(send('GET', '/api/me'))).not.toMatchObject({ name: 'Alex Rivera' });
  });

  it('refuses a request from a foreign origin like any other write', async () => {
    const refused = await send('POST', '/api/demo', { origin: 'https://evil.example' });
    expect(refused.status).toBe(403);
    expect((await read<ErrorBody>(refused)).error.code).toBe('forbidden_origin');
    expect(await count('/api/outcomes')).toBe(0);
  });

  it('is documented in OpenAPI', async () => {
    const doc = await read<{ paths: Record<string, Record<string, unknown>> }>(send('GET', '/api/openapi.json'));
    expect(doc.paths['/api/demo']?.post).toBeDefined();
  });
});
