import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { startRelationship } from '../relationships/start-relationship.js';
import { createRecord } from './create-record.js';
import { findUnstorableText } from './find-unstorable-text.js';

describe('findUnstorableText', () => {
  it.each([
    ['a lone high surrogate', 'Ana \uD800', 'U+D800'],
    ['a high surrogate at the end', 'Ana\uDBFF', 'U+DBFF'],
    ['a lone low surrogate', '\uDC00 Ana', 'U+DC00'],
    ['two high surrogates', '\uD83D\uD83D\uDE00', 'U+D83D'],
    ['a NUL character', 'a\u0000b', 'U+0000'],
  ])('finds %s', (_name, text, char) => {
    expect(findUnstorableText({ name: text })).toMatchObject({ path: ['name'], char });
  });

  it('passes real text, pairs of surrogates (emoji) included', () => {
    expect(findUnstorableText({ name: 'Zoë 😀 ｶﾀｶﾅ 𝄞', list: ['a', { b: 'c' }], n: 1, none: null })).toBeNull();
  });

  it('names the place at any depth, keys included', () => {
    expect(findUnstorableText({ expertise: ['ok', 'bad\uD800'] })).toMatchObject({ path: ['expertise', 1] });
    expect(findUnstorableText({ checkResult: { findings: [{ ['k\uDC00']: 1 }] } })).toMatchObject({
      path: ['checkResult', 'findings', 0, 'k\uDC00'],
    });
  });

  it('reads a megabyte of text in well under a second', () => {
    const text = '😀a'.repeat(350_000);
    const started = performance.now();
    expect(findUnstorableText({ body: text })).toBeNull();
    expect(findUnstorableText({ body: `${text}\uD800` })).toMatchObject({ char: 'U+D800' });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describeEachDialect('text with a lone surrogate', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let app: ReturnType<typeof createTestApp>;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
    app = createTestApp(t.store);
  });
  afterEach(() => t.close());

  /** Sends JSON as a client does: `JSON.stringify` writes a lone surrogate as the escape `\ud800`. */
  const send = async (method: string, path: string, body?: object) => {
    const response = await app.request(`${testBase}${path}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    return {
      status: response.status,
      body: (await response.json()) as { error?: { code: string; message: string } } & Record<string, unknown>,
    };
  };

  it('is refused by the API with invalid_input naming the field, and nothing is stored', async () => {
    const created = await send('POST', '/api/mentors', { name: 'Ana \uD800 Ruiz' });
    expect(created.status).toBe(400);
    expect(created.body.error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/^Invalid mentor: Name cannot contain a lone surrogate \(U\+D800\)/),
      details: { issues: [{ path: 'name', message: 'contains U+D800' }] },
    });
    const listed = await send('POST', '/api/mentors', { name: 'Bo', expertise: ['pricing', '\uDC00'] });
    expect(listed.body.error?.message).toMatch(/Expertise \(item 2\) cannot contain a lone surrogate \(U\+DC00\)/);
    expect((await send('GET', '/api/mentors')).body.items).toEqual([]);

    const mentor = await send('POST', '/api/mentors', { name: 'Ana Ruiz' });
    expect(mentor.status).toBe(201);
    const patched = await send('PATCH', `/api/mentors/${mentor.body.id}`, { notes: 'met at \uD83D' });
    expect(patched.status).toBe(400);
    expect(patched.body.error?.message).toMatch(/Notes cannot contain a lone surrogate \(U\+D83D\)/);
    expect((await send('GET', `/api/mentors/${mentor.body.id}`)).body.notes).toBeNull();
  });

  it('is refused in the core on both databases alike, on paths that take text without the shared parsing too', async () => {
    const error = await createRecord(t.ctx, { entity: 'outcomes', input: { statement: 'Grow \uD800' } }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect((error as Error).message).toMatch(/Statement cannot contain a lone surrogate/);
    expect(await t.ctx.ws.table('outcomes').list()).toEqual([]);

    // A stage move's note reaches the store without parseInput: the store refuses it, and the move with it.
    const mentor = await createRecord(t.ctx, { entity: 'mentors', input: { name: 'Ana' } });
    const rel = await startRelationship(t.ctx, { input: { mentorId: mentor.id } });
    const moved = await moveRelationship(t.ctx, { relationshipId: rel.id, to: 'asked', note: 'sent \uDC00' }).catch((e: unknown) => e);
    expect(isAppError(moved) && moved.code).toBe('invalid_input');
    expect((moved as Error).message).toMatch(/^Invalid stage move: Note cannot contain a lone surrogate \(U\+DC00\)/);
    expect((await t.ctx.ws.table('relationships').get(rel.id))?.stage).toBe('prospect');
    expect(await t.ctx.ws.table('transitions').list({ relationshipId: rel.id })).toHaveLength(1);

    // A real character made of two surrogates is kept exactly, on both databases.
    const emoji = await createRecord(t.ctx, { entity: 'mentors', input: { name: 'Zoë 😀' } });
    expect((await t.ctx.ws.table('mentors').get(emoji.id))?.name).toBe('Zoë 😀');
  });
});
