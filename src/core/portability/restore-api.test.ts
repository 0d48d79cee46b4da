import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { demoBackup, openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';

type Doc = { user: Record<string, unknown>; entities: Record<string, Array<Record<string, unknown>>> };

describeEachDialect('restoring through the API', (_dialect, newDatabase) => {
  let first: string;
  let second: string;
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;

  beforeAll(async () => {
    [first, second] = [await demoBackup(await newDatabase()), await demoBackup(await newDatabase())];
  });
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
    app = createTestApp(t.store);
  });
  afterEach(() => t.close());

  const send = async (method: string, path: string, body?: string) => {
    const response = await app.request(`${testBase}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, text: await response.text() };
  };

  it('refuses a backup with a timestamp that is not one; the workspace stays empty and the loop keeps answering', async () => {
    const empty = (await send('GET', '/api/backup')).text;
    const doc = JSON.parse(first) as Doc;
    const outcome = doc.entities.outcomes?.[1];
    if (!outcome) throw new Error('the demo has two outcomes');
    outcome.createdAt = 'not a date';
    const refused = await send('POST', '/api/restore', JSON.stringify(doc));
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({
      error: {
        code: 'invalid_input',
        message: expect.stringMatching(/^Invalid backup \(outcomes\[1\], row [\w-]+, field createdAt\): "not a date" must be a timestamp/),
      },
    });
    expect((await send('GET', '/api/backup')).text).toBe(empty);
    const next = await send('GET', '/api/next-actions');
    expect(next.status, next.text).toBe(200);
    const doctor = await send('GET', '/api/doctor');
    expect(doctor.status, doctor.text).toBe(200);
    expect(doctor.text).not.toMatch(/NaN/);

    // The good backup still restores, and the loop reads it.
    expect((await send('POST', '/api/restore', first)).status).toBe(200);
    expect((await send('GET', '/api/next-actions')).status).toBe(200);
    expect((await send('GET', '/api/doctor')).text).not.toMatch(/NaN/);
  });

  it('answers two restores sent at once with one 200 and one 409, and keeps exactly the first to win', async () => {
    const answers = await Promise.all([send('POST', '/api/restore', first), send('POST', '/api/restore', second)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.status === 409);
    expect(JSON.parse(lost?.text ?? '{}')).toMatchObject({ error: { code: 'conflict', message: expect.stringMatching(/not empty/) } });
    const kept = (await send('GET', '/api/backup')).text;
    expect(kept).toBe(answers[0]?.status === 200 ? first : second);
  });
});
