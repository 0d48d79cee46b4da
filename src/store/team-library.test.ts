import { createQueryId, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../test/helpers/workspace.js';
import { addArtifacts } from '../core/library/add-artifacts.js';
import { createTemplate } from '../core/library/create-template.js';
import type { DocumentFile } from '../core/library/parse-document.js';
import type { Context, Store } from '../core/ports.js';
import { addMentor } from '../core/relationships/add-mentor.js';
import { logMessage } from '../core/relationships/log-message.js';
import { teamFigures } from './team-figures.js';

const doc = (name: string, body: string): DocumentFile => ({ name, bytes: new TextEncoder().encode(body) });
const page = { limit: 100, offset: 0 };

/** The second user of the database, Bo, with a workspace of their own on the same clock. */
async function secondUser(t: TestWorkspace): Promise<Context> {
  const now = t.ctx.clock.now();
  await t.store.insertUser({ id: 'bo-user', name: 'Bo', role: null, level: null, createdAt: now, updatedAt: now });
  return { ...t.ctx, ws: t.store.workspace('bo-user') };
}

describeEachDialect('the team library in the store', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let bo: Context;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
    bo = await secondUser(t);
  });
  afterEach(() => t.close());

  it('reads across users only the rows marked shared, each naming its owner', async () => {
    const [shared, kept] = await addArtifacts(t.ctx, {
      files: [
        doc('pricing.md', '# Pricing\n\n## Problem\nTrials of the seat bundles do not convert.\n'),
        doc('notes.md', '# Diary\n\nPrivate.\n'),
      ],
    });
    if (!shared || !kept) throw new Error('nothing added');
    expect(await bo.ws.team.listArtifacts(page)).toEqual([]);
    expect(await t.ctx.ws.team.setShared('artifacts', shared.id, '2026-11-28T10:00:00.000Z')).toEqual({
      sharedAt: '2026-11-28T10:00:00.000Z',
    });
    const owner = { id: t.ctx.ws.userId, name: 'You' };
    const listed = await bo.ws.team.listArtifacts(page);
    expect(listed).toEqual([expect.objectContaining({ id: shared.id, owner: { id: owner.id, name: expect.any(String) } })]);
    expect(listed[0]).not.toHaveProperty('body');
    expect(listed[0]?.characters).toBe(shared.body.length);
    const read = await bo.ws.team.getArtifact(shared.id);
    expect(read).toMatchObject({ id: shared.id, body: shared.body, sharedAt: '2026-11-28T10:00:00.000Z' });
    expect(read?.questions.map((q) => q.id).sort()).toEqual(shared.questions.map((q) => q.id).sort());
    expect(await bo.ws.team.getArtifact(kept.id)).toBeUndefined();
    // The owner sees their own shared document in the team library too.
    expect((await t.ctx.ws.team.listArtifacts(page)).map((a) => a.id)).toEqual([shared.id]);
  });

  it('shares and unshares only the acting user’s own rows, keeping the first sharing time', async () => {
    const [mine] = await addArtifacts(t.ctx, { files: [doc('a.md', '# A\n\n## Goals\nGrow.\n')] });
    const template = await createTemplate(t.ctx, { name: 'Brief', artifactIds: [mine?.id ?? ''] });
    expect(await bo.ws.team.setShared('artifacts', mine?.id ?? '', '2026-11-28T10:00:00.000Z')).toBeUndefined();
    expect(await bo.ws.team.setShared('templates', template.id, '2026-11-28T10:00:00.000Z')).toBeUndefined();
    expect(await bo.ws.team.getArtifact(mine?.id ?? '')).toBeUndefined();
    expect(await bo.ws.team.getTemplate(template.id)).toBeUndefined();

    await t.ctx.ws.team.setShared('templates', template.id, '2026-11-28T10:00:00.000Z');
    expect(await t.ctx.ws.team.setShared('templates', template.id, '2026-11-28T11:00:00.000Z')).toEqual({
      sharedAt: '2026-11-28T10:00:00.000Z',
    });
    const read = await bo.ws.team.getTemplate(template.id);
    expect(read?.questions.map((q) => q.questionId)).toEqual(template.questions.map((q) => q.questionId));
    expect(read).not.toHaveProperty('sources');
    expect(await bo.ws.team.listTemplates(page)).toEqual([
      expect.objectContaining({ id: template.id, name: 'Brief', questionCount: template.questions.length }),
    ]);
    // Bo cannot unshare it; its owner can.
    expect(await bo.ws.team.setShared('templates', template.id, null)).toBeUndefined();
    expect(await bo.ws.team.getTemplate(template.id)).toBeDefined();
    expect(await t.ctx.ws.team.setShared('templates', template.id, null)).toEqual({ sharedAt: null });
    expect(await bo.ws.team.listTemplates(page)).toEqual([]);
    expect(await t.ctx.ws.team.setShared('templates', 'no-such-id', null)).toBeUndefined();
  });

  it('searches the shared documents of everyone, never an unshared one, and one’s own search stays one’s own', async () => {
    const files = Array.from({ length: 6 }, (_, i) => doc(`private-${i}.md`, `# Churn study ${i}\n\nChurn churn churn in cohort ${i}.\n`));
    await addArtifacts(t.ctx, { files });
    const [shared] = await addArtifacts(t.ctx, { files: [doc('public.md', '# Retention\n\nA note on churn.\n')] });
    await t.ctx.ws.team.setShared('artifacts', shared?.id ?? '', t.ctx.clock.now());
    // Six better-ranked unshared matches: the one shared document still comes back within a limit of one.
    const hits = await bo.ws.team.searchArtifacts('churn', 1);
    expect(hits).toEqual([expect.objectContaining({ id: shared?.id, owner: { id: t.ctx.ws.userId, name: expect.any(String) } })]);
    expect(hits[0]?.snippet.toLowerCase()).toContain('churn');
    expect(await bo.ws.team.searchArtifacts('cohort', 10)).toEqual([]);
    expect(await bo.ws.searchArtifacts('churn', 10)).toEqual([]);
    await t.ctx.ws.team.setShared('artifacts', shared?.id ?? '', null);
    expect(await bo.ws.team.searchArtifacts('churn', 10)).toEqual([]);
  });

  it('counts the team’s figures with aggregates that select no text', async () => {
    const run = async (ctx: Context, name: string, ask: string) => {
      const { relationship } = await addMentor(ctx, { input: { name, notes: 'A secret note about them' } });
      await logMessage(ctx, { input: { relationshipId: relationship.id, kind: 'ask', body: ask, sentOn: '2026-11-28' } });
    };
    await run(t.ctx, 'Maya', 'Will you be my mentor?');
    await run(bo, 'Lee', 'Will you be my mentor?');
    await addMentor(bo, { input: { name: 'Not asked yet' } });
    const query = { from: '2026-11-01', until: '2026-12-01', activeStages: ['asked' as const], passedVerdict: 'pass' };
    const figures = await t.ctx.ws.teamFigures(query);
    expect(figures).toEqual({ members: 0, activeLoops: 2, circleBacks: 0, asks: 2, asksPassed: 0 });
    expect(await t.ctx.ws.teamFigures({ ...query, from: '2026-12-01', until: '2027-01-01' })).toMatchObject({ asks: 0, activeLoops: 2 });

    const statements = await recordedSql(t.store, (db) => teamFigures(db, query));
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      expect(statement).toMatch(/count|sum/i);
      expect(statement).not.toMatch(/\b(body|notes?|statement|subject|text|name|email|check_result)\b/i);
    }
  });
});

/** The SQL `work` sends through the store's database handle. */
async function recordedSql(store: Store, work: (db: Parameters<typeof teamFigures>[0]) => Promise<unknown>): Promise<string[]> {
  const db = (store as Store & { db: Parameters<typeof teamFigures>[0] }).db;
  const nodes: RootOperationNode[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      nodes.push(args.node);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await work(db.withPlugin(recorder));
  return nodes.map((node) => db.getExecutor().compileQuery(node, createQueryId()).sql);
}
