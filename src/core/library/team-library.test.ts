import { afterEach, beforeEach, expect, it } from 'vitest';
import { corpusFile, fixtureFile } from '../../../test/helpers/corpus.js';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { createClock } from '../clock.js';
import { isAppError } from '../errors.js';
import type { Context } from '../ports.js';
import { addMentor } from '../relationships/add-mentor.js';
import { logMessage } from '../relationships/log-message.js';
import { teamFigures } from '../team/team-figures.js';
import { addArtifacts } from './add-artifacts.js';
import { checkDraftFile } from './check-draft-file.js';
import { createTemplate } from './create-template.js';
import { shareArtifact, shareTemplate } from './share-item.js';
import { getTeamArtifact, getTeamTemplate, listTeamTemplates, searchTeamLibrary } from './team-library.js';

const rfcs = ['rfc/rust-rfc-3660-crates-io-crate-deletions.md', 'rfc/k8s-kep-2225-contributor-site.md'];

async function refusal(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  return (error as { code: string }).code;
}

describeEachDialect('sharing with the team', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let other: Context;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase());
    const now = t.ctx.clock.now();
    await t.store.insertUser({ id: 'other-user', name: 'Other', role: null, level: null, createdAt: now, updatedAt: now });
    other = { ...t.ctx, ws: t.store.workspace('other-user') };
  });
  afterEach(() => t.close());

  it('shares one’s own document and template, by id or name; another user’s is not found, shared or not', async () => {
    const [doc] = await addArtifacts(t.ctx, { files: [corpusFile(rfcs[0] ?? '')] });
    const template = await createTemplate(t.ctx, { name: 'RFC', artifactIds: [doc?.id ?? ''] });
    expect(await shareArtifact(t.ctx, { id: doc?.id ?? '', shared: true })).toMatchObject({ shared: true, sharedAt: expect.any(String) });
    expect(await shareTemplate(t.ctx, { ref: 'RFC', shared: true })).toMatchObject({ id: template.id, shared: true });
    expect(await refusal(shareArtifact(other, { id: doc?.id ?? '', shared: false }))).toBe('not_found');
    expect(await refusal(shareTemplate(other, { ref: template.id, shared: false }))).toBe('not_found');
    expect(await refusal(shareTemplate(other, { ref: 'RFC', shared: false }))).toBe('not_found');
    expect((await getTeamArtifact(other, { id: doc?.id ?? '' })).owner).toEqual({ id: t.ctx.ws.userId, name: expect.any(String) });
    expect((await listTeamTemplates(other, { page: { limit: 10, offset: 0 } })).map((x) => x.id)).toEqual([template.id]);
    expect(await refusal(searchTeamLibrary(other, { query: '  ' }))).toBe('invalid_input');
    expect(await refusal(searchTeamLibrary(other, { query: 'crate', limit: 101 }))).toBe('invalid_input');
    expect((await searchTeamLibrary(other, { query: 'crate deletion' })).map((h) => h.id)).toEqual([doc?.id]);
  });

  it('checks a draft against another user’s shared template by id, never an unshared one', async () => {
    const shared = await createTemplate(t.ctx, { name: 'RFC', files: rfcs.map(corpusFile) });
    const kept = await createTemplate(t.ctx, { name: 'Kept', artifactIds: [shared.sources[0] ?? ''] });
    await shareTemplate(t.ctx, { ref: shared.id, shared: true });
    const draft = fixtureFile('library/draft-without-risks-and-metrics.md');
    const own = await checkDraftFile(t.ctx, { template: 'RFC', file: draft });
    const theirs = await checkDraftFile(other, { template: shared.id, file: draft });
    expect(theirs).toEqual(own);
    expect(await refusal(checkDraftFile(other, { template: kept.id, file: draft }))).toBe('not_found');
    expect(await refusal(checkDraftFile(other, { template: 'RFC', file: draft }))).toBe('not_found');
    await shareTemplate(t.ctx, { ref: shared.id, shared: false });
    expect(await refusal(checkDraftFile(other, { template: shared.id, file: draft }))).toBe('not_found');
    expect(await refusal(getTeamTemplate(other, { id: shared.id }))).toBe('not_found');
  });

  it('gives an admin this calendar month’s figures and refuses a member', async () => {
    const { relationship } = await addMentor(t.on('2026-10-01'), { input: { name: 'Maya' } });
    const logAsk = (date: string) =>
      logMessage(t.on(date), { input: { relationshipId: relationship.id, kind: 'ask', body: 'Will you be my mentor?', sentOn: date } });
    await logAsk('2026-10-31');
    const onDate = (date: string) => ({ ...t.ctx, clock: createClock(date) });
    expect(await teamFigures(onDate('2026-11-01'), { role: 'admin' })).toEqual({
      month: '2026-11',
      from: '2026-11-01',
      to: '2026-11-30',
      members: 0,
      activeLoops: 1,
      circleBacks: 0,
      asks: 0,
      asksPassed: 0,
    });
    expect(await teamFigures(onDate('2026-10-31'), { role: 'admin' })).toMatchObject({ to: '2026-10-31', asks: 1, asksPassed: 0 });
    expect(await refusal(teamFigures(t.ctx, { role: 'member' }))).toBe('forbidden');
  });
});
