import { afterEach, beforeEach, expect, it } from 'vitest';
import { corpusFile, fixtureFile } from '../../../test/helpers/corpus.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { addArtifacts } from './add-artifacts.js';
import { checkDraftFile } from './check-draft-file.js';
import { createTemplate } from './create-template.js';
import { getArtifact } from './get-artifact.js';
import { getTemplate } from './get-template.js';
import { listArtifacts } from './list-artifacts.js';
import type { DocumentFile } from './parse-document.js';
import { searchLibrary } from './search-library.js';

const rfcs = [
  'rfc/rust-rfc-3660-crates-io-crate-deletions.md',
  'rfc/k8s-kep-2225-contributor-site.md',
  'rfc/react-rfc-0212-intent-to-ship-react-18.md',
];

const text = (name: string, body: string): DocumentFile => ({ name, bytes: new TextEncoder().encode(body) });

async function refusal(work: Promise<unknown>): Promise<Error & { code: string }> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  return error as Error & { code: string };
}

describeEachDialect('the library', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
  });
  afterEach(() => t.close());

  it('stores a document with the questions it answers, each pointing into its text', async () => {
    const [added] = await addArtifacts(t.ctx, {
      files: [corpusFile('rfc/rust-rfc-3660-crates-io-crate-deletions.md')],
      details: { kind: 'prd', tags: ['rfc'], rating: 5 },
    });
    if (!added) throw new Error('nothing added');
    const stored = await getArtifact(t.ctx, { id: added.id });
    expect(stored.kind).toBe('prd');
    expect(stored.questions.map((q) => q.questionId)).toEqual(
      expect.arrayContaining(['summary', 'motivation', 'solution', 'tradeoffs', 'alternatives', 'open-questions']),
    );
    const drawbacks = stored.questions.find((q) => q.questionId === 'tradeoffs');
    expect(stored.body.slice(drawbacks?.spanStart, drawbacks?.spanEnd)).toMatch(/^Drawbacks/);
    expect((await listArtifacts(t.ctx)).map((a) => a.title)).toEqual([added.title]);
  });

  it('stores a document once: the same file again, or the same text under another name, comes back as a duplicate', async () => {
    const [first] = await addArtifacts(t.ctx, { files: [corpusFile(rfcs[0] ?? '')] });
    expect(first).toMatchObject({ duplicate: false, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const same = new TextEncoder().encode('# Pricing brief\n\n## Problem\nTrials do not convert.\n');
    const again = await addArtifacts(t.ctx, {
      files: [corpusFile(rfcs[0] ?? ''), { name: 'brief.md', bytes: same }, { name: 'brief-copy.md', bytes: same }],
    });
    expect(again.map((a) => a.duplicate)).toEqual([true, false, true]);
    expect(again[0]).toMatchObject({ id: first?.id, questions: first?.questions });
    expect(again[2]?.id).toBe(again[1]?.id);
    expect((await listArtifacts(t.ctx)).map((a) => a.id)).toEqual([first?.id, again[1]?.id]);

    // A document stored before hashes were kept is found too, and gets its hash.
    await t.ctx.ws.table('artifacts').update(first?.id ?? '', { contentHash: null });
    const [old] = await addArtifacts(t.ctx, { files: [corpusFile(rfcs[0] ?? '')] });
    expect(old).toMatchObject({ id: first?.id, duplicate: true });
    expect((await getArtifact(t.ctx, { id: first?.id ?? '' })).contentHash).toBe(first?.contentHash);
    const template = await createTemplate(t.ctx, {
      name: 'Brief',
      artifactIds: [again[1]?.id ?? ''],
      files: [{ name: 'b.md', bytes: same }],
    });
    expect(template.sources).toEqual([again[1]?.id]);
    expect(await listArtifacts(t.ctx)).toHaveLength(2);
  });

  it('finds documents by their words, best match first, with a highlighted snippet', async () => {
    await addArtifacts(t.ctx, { files: [...rfcs, 'postmortem/dfds-pm2020-001-inotify-exhaustion.md'].map(corpusFile) });
    expect((await listArtifacts(t.ctx)).find((a) => /inotify/i.test(a.title))?.kind).toBe('post-mortem');
    const hits = await searchLibrary(t.ctx, { query: 'inotify watches' });
    expect(hits[0]?.title).toMatch(/Inotify/i);
    const [start, end] = hits[0]?.highlights[0] ?? [0, 0];
    expect(hits[0]?.snippet.slice(start, end).toLowerCase()).toMatch(/inotify|watch/);
    expect(await searchLibrary(t.ctx, { query: 'crate deletion' })).toEqual([
      expect.objectContaining({ title: expect.stringMatching(/crate/i) }),
    ]);
    expect(await searchLibrary(t.ctx, { query: '"unbalanced AND (quotes' })).toEqual([]);
    expect((await refusal(searchLibrary(t.ctx, { query: '   ' }))).code).toBe('invalid_input');
  });

  it('searches only the documents of the user who asks, when several share the database', async () => {
    await addArtifacts(t.ctx, { files: [corpusFile('postmortem/dfds-pm2020-001-inotify-exhaustion.md')] });
    expect(await searchLibrary(t.ctx, { query: 'inotify' })).toHaveLength(1);
    const now = t.ctx.clock.now();
    await t.store.insertUser({ id: 'other-user', name: 'Other', role: null, level: null, createdAt: now, updatedAt: now });
    const other = { ...t.ctx, ws: t.store.workspace('other-user') };
    expect(await searchLibrary(other, { query: 'inotify' })).toEqual([]);
    await addArtifacts(other, { files: [corpusFile('postmortem/dfds-pm2019-009-k8s-ip-starvation.md')] });
    expect((await searchLibrary(other, { query: 'kubernetes' })).map((h) => h.title)).toEqual([expect.stringMatching(/IP starvation/i)]);
    expect((await searchLibrary(t.ctx, { query: 'inotify' })).map((h) => h.title)).toEqual([expect.stringMatching(/Inotify/i)]);
    expect(await searchLibrary(other, { query: 'inotify' })).toEqual([]);
  });

  it('reports exactly the risks and success metrics missing from a draft checked against three RFCs', async () => {
    const template = await createTemplate(t.ctx, { name: 'RFC', files: rfcs.map(corpusFile) });
    expect(template.sources).toHaveLength(3);
    expect(template.questions.find((q) => q.questionId === 'alternatives')?.support).toBe(3);
    const result = await checkDraftFile(t.ctx, { template: 'RFC', file: fixtureFile('library/draft-without-risks-and-metrics.md') });
    const missing = result.items.filter((i) => !i.answered);
    expect(missing.map((i) => i.questionId).sort()).toEqual(['risks', 'success-metrics']);
    for (const item of missing) expect(item.hint).toMatch(/\w{3,}/);
    expect(result.items.slice(0, 2).every((i) => !i.answered)).toBe(true);
    expect(result.coverage).toBeCloseTo((result.total - 2) / result.total);
    const answered = result.items.find((i) => i.questionId === 'timeline');
    expect(answered?.section).toMatch(/Timeline/);
  });

  it('refuses a second template of the same name and one with an unknown document, storing nothing', async () => {
    await createTemplate(t.ctx, { name: 'PRD', files: [corpusFile(rfcs[0] ?? '')] });
    expect((await refusal(createTemplate(t.ctx, { name: 'PRD', files: [corpusFile(rfcs[1] ?? '')] }))).code).toBe('conflict');
    expect(
      (await refusal(createTemplate(t.ctx, { name: 'Other', artifactIds: ['no-such-id'], files: [corpusFile(rfcs[1] ?? '')] }))).code,
    ).toBe('not_found');
    expect((await listArtifacts(t.ctx)).length).toBe(1);
    expect((await getTemplate(t.ctx, { ref: 'PRD' })).questions.length).toBeGreaterThan(3);
  });

  it('creates one template when several requests race for the same name; the others get a conflict', async () => {
    const files = [corpusFile(rfcs[0] ?? '')];
    const results = await Promise.allSettled([1, 2, 3].map(() => createTemplate(t.ctx, { name: 'Race', files })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('conflict');
    expect(await t.ctx.ws.table('templates').list({ name: 'Race' })).toHaveLength(1);
  });

  it('stores nothing when one file of a batch cannot be read, and names that file', async () => {
    const files = [corpusFile(rfcs[0] ?? ''), text('empty.md', '  \n'), text('photo.md', '\u0000\u0001PNG')];
    const error = await refusal(addArtifacts(t.ctx, { files }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^empty\.md /);
    expect(await listArtifacts(t.ctx)).toEqual([]);
    expect(await t.ctx.ws.table('artifactQuestions').list()).toEqual([]);
    const binary = await refusal(addArtifacts(t.ctx, { files: [text('photo.md', 'PNG\u0000\u0001\u0002')] }));
    expect(binary.message).toMatch(/^photo\.md .*binary/);
  });
});
