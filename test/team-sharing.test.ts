import { afterEach, beforeEach, expect, it } from 'vitest';
import { addArtifacts } from '../src/core/library/add-artifacts.js';
import { createTemplate } from '../src/core/library/create-template.js';
import { createTestApp } from './helpers/app.js';
import { corpusFile, fixtureFile } from './helpers/corpus.js';
import { describeEachDialect } from './helpers/dialects.js';
import { ask, reply } from './helpers/loop-api.js';
import { createTeamTestApp, type TeamTestApp, type TestMember, teamBase } from './helpers/team-app.js';
import { openTestWorkspace } from './helpers/workspace.js';

const rfc = 'rfc/rust-rfc-3660-crates-io-crate-deletions.md';
const diary = '# Zebra diary\n\n## Problem\nMy quixotic private worries about the reorg.\n';

interface Item {
  id: string;
  title?: string;
  name?: string;
  body?: string;
  owner?: { id: string; name: string };
  sharedAt?: string;
  questions?: unknown[];
}

describeEachDialect('what a team shares, by choice', (_dialect, newDatabase) => {
  let team: TeamTestApp;
  let ada: TestMember;
  let bo: TestMember;
  let shared: Item;
  let kept: Item;
  let template: Item;
  let privateTemplate: Item;

  /** A multipart upload as `who`. */
  const upload = async (who: TestMember, path: string, files: Array<{ name: string; bytes: Uint8Array }>) => {
    const form = new FormData();
    for (const f of files) form.append('file', new File([f.bytes], f.name.split('/').pop() ?? f.name));
    return team.app.request(`${teamBase}${path}`, { method: 'POST', headers: { cookie: who.cookie }, body: form });
  };
  const teamList = async (who: TestMember) => (await team.ok<{ items: Item[] }>(who, 'GET', '/api/team/library')).items;
  const teamSearch = async (who: TestMember, q: string) =>
    (await team.ok<{ items: Item[] }>(who, 'GET', `/api/team/library?q=${encodeURIComponent(q)}`)).items;

  beforeEach(async () => {
    team = await createTeamTestApp(await newDatabase());
    ada = await team.member('ada@example.com', 'admin');
    bo = await team.member('bo@example.com');
    const added = await upload(ada, '/api/library', [corpusFile(rfc), { name: 'diary.md', bytes: new TextEncoder().encode(diary) }]);
    expect(added.status).toBe(201);
    const [first, second] = (await added.json()) as Item[];
    if (!first || !second) throw new Error('nothing added');
    shared = first;
    kept = second;
    template = await team.ok<Item>(ada, 'POST', '/api/templates', { name: 'RFC', artifactIds: [shared.id] }, 201);
    privateTemplate = await team.ok<Item>(ada, 'POST', '/api/templates', { name: 'Diary', artifactIds: [kept.id] }, 201);
    const state = await team.ok<{ shared: boolean; sharedAt: string }>(ada, 'POST', `/api/library/${shared.id}/share`, { shared: true });
    expect(state).toMatchObject({ id: shared.id, shared: true, sharedAt: expect.stringMatching(/^2026-11-28T/) });
    await team.ok(ada, 'POST', `/api/templates/${template.id}/share`, { shared: true });
  });
  afterEach(async () => {
    await team.close();
  });

  it('lets another member list, search and read what was shared, with its owner named, and nothing else', async () => {
    const owner = { id: ada.id, name: 'ada' };
    expect(await teamList(bo)).toEqual([expect.objectContaining({ id: shared.id, title: shared.title, owner })]);
    expect((await teamList(bo))[0]).not.toHaveProperty('body');
    const hits = await teamSearch(bo, 'crate deletion');
    expect(hits).toEqual([expect.objectContaining({ id: shared.id, owner, snippet: expect.any(String) })]);
    const read = await team.ok<Item>(bo, 'GET', `/api/team/library/${shared.id}`);
    expect(read).toMatchObject({ id: shared.id, owner, body: expect.stringMatching(/crates\.io/i) });
    expect(read.questions?.length).toBeGreaterThan(3);
    const templates = await team.ok<{ items: Item[] }>(bo, 'GET', '/api/team/templates');
    expect(templates.items).toEqual([expect.objectContaining({ id: template.id, name: 'RFC', owner, questionCount: expect.any(Number) })]);
    const readTemplate = await team.ok<Item>(bo, 'GET', `/api/team/templates/${template.id}`);
    expect(readTemplate).toMatchObject({ id: template.id, owner });
    expect(readTemplate.questions?.length).toBeGreaterThan(3);
    // The owner sees what they shared in the team library too.
    expect((await teamList(ada)).map((i) => i.id)).toEqual([shared.id]);
  });

  it('keeps shared items read-only for everyone but their owner', async () => {
    for (const [method, path, body] of [
      ['PATCH', `/api/library/${shared.id}`, { title: 'Taken over' }],
      ['DELETE', `/api/library/${shared.id}`, undefined],
      ['PATCH', `/api/artifacts/${shared.id}`, { title: 'Taken over' }],
      ['DELETE', `/api/artifacts/${shared.id}`, undefined],
      ['DELETE', `/api/templates/${template.id}`, undefined],
      ['POST', `/api/library/${shared.id}/share`, { shared: false }],
      ['POST', `/api/templates/${template.id}/share`, { shared: false }],
      ['POST', `/api/library/${kept.id}/share`, { shared: true }],
      ['POST', `/api/templates/${privateTemplate.id}/share`, { shared: true }],
      ['GET', `/api/library/${shared.id}`, undefined],
      ['GET', `/api/templates/${template.id}`, undefined],
    ] as const) {
      expect(await team.refused(bo, method, path, body), `${method} ${path}`).toMatchObject({ status: 404, code: 'not_found' });
    }
    expect(await team.ok<Item>(bo, 'GET', `/api/team/library/${shared.id}`)).toMatchObject({ title: shared.title });
    expect((await teamList(bo)).map((i) => i.id)).toEqual([shared.id]);
    expect((await team.ok<{ items: Item[] }>(bo, 'GET', '/api/team/templates')).items.map((i) => i.id)).toEqual([template.id]);
    expect(await team.refused(bo, 'GET', `/api/team/library/${kept.id}`)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('never shows an unshared item on a team route or in a search, and unsharing takes a shared one away', async () => {
    expect(await team.refused(bo, 'GET', `/api/team/library/${kept.id}`)).toMatchObject({ status: 404, code: 'not_found' });
    expect(await team.refused(bo, 'GET', `/api/team/templates/${privateTemplate.id}`)).toMatchObject({ status: 404, code: 'not_found' });
    expect(await teamSearch(bo, 'zebra quixotic')).toEqual([]);
    expect((await teamList(bo)).map((i) => i.id)).not.toContain(kept.id);
    expect((await team.ok<{ items: Item[] }>(bo, 'GET', '/api/team/templates')).items.map((i) => i.id)).not.toContain(privateTemplate.id);
    // One's own library search never returns another member's documents, shared or not.
    expect(await team.ok<Item[]>(bo, 'GET', '/api/library/search?q=crate%20deletion')).toEqual([]);
    expect(await team.ok<Item[]>(bo, 'GET', '/api/library/search?q=zebra')).toEqual([]);
    expect((await team.ok<{ items: Item[] }>(bo, 'GET', '/api/library')).items).toEqual([]);

    expect(await team.ok(ada, 'POST', `/api/library/${shared.id}/share`, { shared: false })).toEqual({
      id: shared.id,
      shared: false,
      sharedAt: null,
    });
    await team.ok(ada, 'POST', '/api/templates/RFC/share', { shared: false });
    expect(await teamList(bo)).toEqual([]);
    expect(await teamSearch(bo, 'crate deletion')).toEqual([]);
    expect(await team.refused(bo, 'GET', `/api/team/library/${shared.id}`)).toMatchObject({ status: 404, code: 'not_found' });
    expect(await team.refused(bo, 'GET', `/api/team/templates/${template.id}`)).toMatchObject({ status: 404, code: 'not_found' });
    // Still the owner's, unchanged.
    expect(await team.ok<Item>(ada, 'GET', `/api/library/${shared.id}`)).toMatchObject({ title: shared.title });
  });

  it('checks a member’s draft against another’s shared template by id, and refuses an unshared one', async () => {
    const draft = fixtureFile('library/draft-without-risks-and-metrics.md');
    const checked = await upload(bo, `/api/templates/${template.id}/check`, [draft]);
    expect(checked.status).toBe(200);
    const result = (await checked.json()) as { template: string; total: number; items: Array<{ questionId: string }> };
    expect(result.template).toBe('RFC');
    expect(result.total).toBeGreaterThan(3);
    const unshared = await upload(bo, `/api/templates/${privateTemplate.id}/check`, [draft]);
    expect(unshared.status).toBe(404);
    // Names are each member's own: another's shared template is reached by its id.
    expect((await upload(bo, '/api/templates/RFC/check', [draft])).status).toBe(404);
  });

  it('gives an admin the team’s figures, counts only, and refuses a member', async () => {
    const before = await team.ok<Record<string, number | string>>(ada, 'GET', '/api/team/figures');
    expect(before).toMatchObject({ month: '2026-11', members: 2, activeLoops: 0, circleBacks: 0, asks: 0, asksPassed: 0 });
    const statement = 'Raise activation from 20% to 30% by March with the quokka onboarding';
    await team.ok(bo, 'POST', '/api/outcomes', { statement, status: 'active' }, 201);
    const { relationship } = await team.ok<{ relationship: { id: string } }>(
      bo,
      'POST',
      '/api/mentors/with-relationship',
      { mentor: { name: 'Maya Lindqvist', notes: 'Met her at the marmoset meetup' } },
      201,
    );
    await team.ok(bo, 'POST', '/api/messages', { relationshipId: relationship.id, kind: 'ask', body: ask }, 201);
    const afterAsk = await team.ok<Record<string, number>>(ada, 'GET', '/api/team/figures');
    expect(afterAsk).toMatchObject({ members: 2, activeLoops: 1, asks: 1, asksPassed: 1, circleBacks: 0 });
    await team.ok(bo, 'POST', '/api/messages', { relationshipId: relationship.id, kind: 'reply', body: reply }, 201);
    await team.ok(bo, 'POST', `/api/relationships/${relationship.id}/moves`, { to: 'applied' });
    const circleBack = 'Thanks Maya! I tried your decoy plan idea on the plans page and annual uptake went from 20% to 26% in two weeks.';
    await team.ok(bo, 'POST', '/api/messages', { relationshipId: relationship.id, kind: 'circle-back', body: circleBack }, 201);
    const answer = await team.call(ada, 'GET', '/api/team/figures');
    const text = await answer.text();
    expect(JSON.parse(text)).toMatchObject({ members: 2, activeLoops: 1, asks: 1, asksPassed: 1, circleBacks: 1 });
    for (const secret of [statement, 'quokka', 'marmoset', 'Maya', ask.slice(0, 40), reply.slice(0, 30), 'decoy', diary.slice(2, 14)]) {
      expect(text).not.toContain(secret);
    }
    expect(Object.values(JSON.parse(text) as Record<string, unknown>).filter((v) => typeof v === 'string')).toEqual([
      '2026-11',
      '2026-11-01',
      '2026-11-30',
    ]);
    expect(await team.refused(bo, 'GET', '/api/team/figures')).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    for (const path of [
      '/api/team/library?limit=0',
      '/api/team/library?q=',
      '/api/team/library?q=crate&offset=5',
      '/api/team/templates?limit=5000',
    ]) {
      expect(await team.refused(bo, 'GET', path), path).toMatchObject({ status: 400, code: 'invalid_input' });
    }
    for (const body of [{}, { shared: 'yes' }, undefined]) {
      expect(await team.refused(ada, 'POST', `/api/library/${kept.id}/share`, body)).toMatchObject({ status: 400 });
    }
    expect(await team.refused(bo, 'GET', `/api/team/library/${kept.id}`)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers 401 without a session on every team route', async () => {
    for (const path of ['/api/team/library', `/api/team/library/${shared.id}`, '/api/team/templates', '/api/team/figures']) {
      expect((await team.refused(null, 'GET', path)).status, path).toBe(401);
    }
    expect((await team.refused(null, 'POST', `/api/library/${shared.id}/share`, { shared: false })).status).toBe(401);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await team.ok<{ paths: Record<string, Record<string, { summary?: string }>> }>(ada, 'GET', '/api/openapi.json');
    for (const [method, path] of [
      ['post', '/api/library/{id}/share'],
      ['post', '/api/templates/{ref}/share'],
      ['get', '/api/team/library'],
      ['get', '/api/team/library/{id}'],
      ['get', '/api/team/templates'],
      ['get', '/api/team/templates/{id}'],
      ['get', '/api/team/figures'],
    ] as const) {
      expect(doc.paths[path]?.[method]?.summary, `${method} ${path}`).toMatch(/\w/);
    }
  });
});

describeEachDialect('sharing in solo mode', (_dialect, newDatabase) => {
  let close: () => Promise<void> = async () => {};
  afterEach(() => close());

  it('has no team routes: each answers 404', async () => {
    const t = await openTestWorkspace(await newDatabase());
    close = () => t.close();
    const app = createTestApp(t.store);
    const [doc] = await addArtifacts(t.ctx, { files: [corpusFile(rfc)] });
    const template = await createTemplate(t.ctx, { name: 'RFC', artifactIds: [doc?.id ?? ''] });
    const call = (method: string, path: string, body?: unknown) =>
      app.request(`${teamBase}${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await call('POST', `/api/library/${doc?.id}/share`, { shared: true })).status).toBe(404);
    expect((await call('POST', `/api/templates/${template.id}/share`, { shared: true })).status).toBe(404);
    const paths = ['/api/team/library', `/api/team/library/${doc?.id}`, '/api/team/templates', `/api/team/templates/${template.id}`];
    for (const path of [...paths, '/api/team/figures']) expect((await call('GET', path)).status, path).toBe(404);
    expect((await call('GET', `/api/library/${doc?.id}`)).status).toBe(200);
  });
});
