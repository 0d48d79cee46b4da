import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { describeEachDialect, postgresDatabase, sqliteDatabase } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { entityNames } from '../records/schemas.js';
import { logMessage } from '../relationships/log-message.js';
import { moveRelationship } from '../relationships/move-relationship.js';
import { startRelationship } from '../relationships/start-relationship.js';
import { backupWorkspace, serializeBackup } from './backup-workspace.js';
import { loadDemo } from './load-demo.js';
import { restoreWorkspace } from './restore-workspace.js';

const TODAY = '2026-11-28';

/** Adds one more row of every entity, with awkward values: unicode, quotes, newlines, numbers. */
async function addEveryEntity(ctx: Context): Promise<void> {
  const outcome = await createRecord(ctx, {
    entity: 'outcomes',
    input: { statement: 'Cut churn — “from 7.5% to 6%” by 2027-03-01\nsecond line', baseline: -0.25, target: 1e-7, unit: '%' },
  });
  await createRecord(ctx, { entity: 'checkins', input: { outcomeId: outcome.id, value: 0.1 + 0.2, note: 'Zürich 🚀, "quoted"' } });
  const gap = await createRecord(ctx, { entity: 'gaps', input: { statement: 'Stakeholder alignment', skill: 'leadership' } });
  const mentor = await createRecord(ctx, {
    entity: 'mentors',
    input: { name: '=HYPERLINK("http://x")', email: 'ana@example.com', expertise: ['a; b', 'ünï'], handles: ['@ana'] },
  });
  await createRecord(ctx, { entity: 'evidence', input: { mentorId: mentor.id, criterion: 'explaining', url: 'https://example.com/talk' } });
  await createRecord(ctx, { entity: 'giveBacks', input: { mentorId: mentor.id, description: 'Sent a <b>summary</b>' } });
  const rel = await startRelationship(ctx, { input: { mentorId: mentor.id, gapId: gap.id, outcomeId: outcome.id } });
  const { message } = await logMessage(ctx, {
    input: { relationshipId: rel.id, kind: 'ask', body: 'Loved your talk on pricing. Which metric did you watch first?' },
  });
  await logMessage(ctx, { input: { relationshipId: rel.id, kind: 'reply', body: 'Try the retention curve first.' } });
  await moveRelationship(ctx, { relationshipId: rel.id, to: 'applied', note: 'Tried it' });
  await createRecord(ctx, { entity: 'advice', input: { relationshipId: rel.id, messageId: message.id, text: 'Watch retention first' } });
  const meeting = await createRecord(ctx, { entity: 'meetings', input: { relationshipId: rel.id, notes: 'Line 1\r\nLine 2' } });
  await createRecord(ctx, { entity: 'actionItems', input: { meetingId: meeting.id, text: 'Follow up', dueOn: '2026-12-01' } });
  const artifact = await createRecord(ctx, { entity: 'artifacts', input: { title: 'A PRD', tags: ['prd'], body: '# Problem\nText' } });
  await createRecord(ctx, {
    entity: 'artifactQuestions',
    input: { artifactId: artifact.id, questionId: 'problem', question: 'What problem?', section: 'Problem', spanStart: 0, spanEnd: 9 },
  });
  const template = await createRecord(ctx, { entity: 'templates', input: { name: 'PRD' } });
  await createRecord(ctx, {
    entity: 'templateQuestions',
    input: { templateId: template.id, position: 0, questionId: 'problem', question: 'What problem?', support: 1 },
  });
  await createRecord(ctx, { entity: 'templateSources', input: { templateId: template.id, artifactId: artifact.id } });
  const request = await createRecord(ctx, {
    entity: 'feedbackRequests',
    input: {
      giverName: 'Kim',
      body: 'How did I come across?',
      // Keys out of order at every depth, and keys a check may add: the backup sorts them all.
      checkResult: {
        verdict: 'generic',
        score: 40,
        findings: [{ rule: 'r', severity: 'info', message: 'm', start: 0, end: 3, z: [{ y: 2, b: null }] }],
        stats: { words: 5, a: 1 },
      },
    },
  });
  const feedback = await createRecord(ctx, { entity: 'feedback', input: { requestId: request.id, giverName: 'Kim', body: 'Calm.' } });
  await createRecord(ctx, { entity: 'feedbackReplies', input: { feedbackId: feedback.id, body: 'Thank you!' } });
}

async function textOf(t: TestWorkspace): Promise<string> {
  return serializeBackup(await backupWorkspace(t.ctx));
}

describeEachDialect('backup and restore', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), TODAY);
  });
  afterEach(() => t.close());

  it('writes every entity in dependency order, each sorted by id, with the user', async () => {
    await loadDemo(t.ctx);
    await addEveryEntity(t.ctx);
    const text = await textOf(t);
    const doc = JSON.parse(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "format": "understudy-backup",\n');
    expect(Object.keys(doc)).toEqual(['format', 'version', 'user', 'entities']);
    expect(Object.keys(doc.entities)).toEqual(entityNames);
    expect(doc.user).toMatchObject({ id: 'local', name: 'Alex Rivera', level: 'senior' });
    for (const name of entityNames) {
      const ids = doc.entities[name].map((r: { id: string }) => r.id);
      expect(ids.length, name).toBeGreaterThan(0);
      expect(ids, name).toEqual([...ids].sort());
    }
    const [mentor] = await t.ctx.ws.table('mentors').list({ name: 'Maya Lindqvist' });
    expect(doc.entities.mentors).toContainEqual(expect.objectContaining({ id: mentor?.id, createdAt: mentor?.createdAt }));
  });

  it('round-trips byte for byte: backup → restore into an empty database → backup', async () => {
    await loadDemo(t.ctx);
    await addEveryEntity(t.ctx);
    const first = await textOf(t);
    const other = await openTestWorkspace(await newDatabase(), '2030-01-01');
    try {
      const { restored } = await restoreWorkspace(other.ctx, { backup: first });
      expect(restored.mentors).toBe(3);
      expect(await textOf(other)).toBe(first);
      // The restored workspace is a working one: references resolve, search finds the artifact.
      expect((await other.ctx.ws.searchArtifacts('problem', 10)).map((h) => h.title)).toContain('A PRD');
      expect((await other.ctx.ws.searchArtifacts('seat bundles', 10)).map((h) => h.title)).toEqual([
        'Seat bundles for small teams (Quillstone experiment one-pager)',
      ]);
    } finally {
      await other.close();
    }
  });

  it('refuses to restore into a workspace that has records, and writes nothing', async () => {
    await loadDemo(t.ctx);
    const text = await textOf(t);
    const other = await openTestWorkspace(await newDatabase(), TODAY);
    try {
      await createRecord(other.ctx, { entity: 'templates', input: { name: 'Only one' } });
      const before = await textOf(other);
      await expect(restoreWorkspace(other.ctx, { backup: text })).rejects.toMatchObject({ code: 'conflict' });
      expect(await textOf(other)).toBe(before);
    } finally {
      await other.close();
    }
  });
});

const postgres = inject('postgres');
(postgres.url ? describe : describe.skip)('backup across databases', () => {
  const newSqlite = sqliteDatabase();
  const newPostgres = postgresDatabase(postgres.url ?? '');

  it('SQLite → PostgreSQL → SQLite gives identical backups', async () => {
    const source = await openTestWorkspace(await newSqlite(), TODAY);
    const pg = await openTestWorkspace(await newPostgres(), TODAY);
    const back = await openTestWorkspace(await newSqlite(), TODAY);
    try {
      await loadDemo(source.ctx);
      await addEveryEntity(source.ctx);
      const fromSqlite = await textOf(source);
      await restoreWorkspace(pg.ctx, { backup: fromSqlite });
      const fromPostgres = await textOf(pg);
      expect(fromPostgres).toBe(fromSqlite);
      await restoreWorkspace(back.ctx, { backup: fromPostgres });
      expect(await textOf(back)).toBe(fromSqlite);
    } finally {
      await Promise.all([source.close(), pg.close(), back.close()]);
    }
  });
});
