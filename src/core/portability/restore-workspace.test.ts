import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { entityNames } from '../records/entities.js';
import { backupWorkspace, serializeBackup } from './backup-workspace.js';
import { loadDemo } from './load-demo.js';
import { restoreWorkspace, validateBackup } from './restore-workspace.js';

type Doc = { version: unknown; user: Record<string, unknown>; entities: Record<string, Array<Record<string, unknown>>> };

/** The first row of `entity` in a parsed backup (the test fails when there is none). */
function firstRow(doc: Doc, entity: string): Record<string, unknown> {
  const row = doc.entities[entity]?.[0];
  if (!row) throw new Error(`no ${entity} in the backup`);
  return row;
}

const corruptions: Array<[string, (text: string) => string, RegExp]> = [
  ['malformed JSON', (text) => text.slice(0, text.length / 2), /not valid JSON/],
  ['a document that is not a backup', () => '[1, 2]', /expected a JSON object/],
  ['an unknown version', (text) => JSON.stringify({ ...JSON.parse(text), version: 99 }), /field version\): version 99 is not supported/],
  [
    'a row with a bad field',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'checkins').confidence = 'very';
      return JSON.stringify(doc);
    },
    /checkins, row [\w-]+, field confidence\)/,
  ],
  [
    'a row with an unknown field',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'mentors').salary = 1;
      return JSON.stringify(doc);
    },
    /mentors, row [\w-]+, field salary\): is not a known field/,
  ],
  [
    'a row with a missing field',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      delete firstRow(doc, 'messages').checkResult;
      return JSON.stringify(doc);
    },
    /messages, row [\w-]+, field checkResult\): missing/,
  ],
  [
    'a dangling reference',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'advice').relationshipId = 'nope';
      return JSON.stringify(doc);
    },
    /advice, row [\w-]+, field relationshipId\): points to relationship nope, which is not in the backup/,
  ],
  [
    'a row of another user',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'outcomes').userId = 'someone-else';
      return JSON.stringify(doc);
    },
    /outcomes, row [\w-]+, field userId\)/,
  ],
  [
    'a duplicated id',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      doc.entities.outcomes?.push({ ...firstRow(doc, 'outcomes') });
      return JSON.stringify(doc);
    },
    /outcomes, row [\w-]+, field id\): appears twice/,
  ],
  [
    'a derived field out of step',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      const gap = firstRow(doc, 'gaps');
      gap.category = gap.category === 'iq' ? 'eq' : 'iq';
      return JSON.stringify(doc);
    },
    /gaps, row [\w-]+, field category\)/,
  ],
];

describeEachDialect('restore refuses a bad backup', (_dialect, newDatabase) => {
  let target: TestWorkspace;
  let good: string;
  beforeAll(async () => {
    const source = await openTestWorkspace(await newDatabase());
    try {
      await loadDemo(source.ctx);
      good = serializeBackup(await backupWorkspace(source.ctx, { users: source.store }));
    } finally {
      await source.close();
    }
  });
  beforeEach(async () => {
    target = await openTestWorkspace(await newDatabase());
  });
  afterEach(() => target.close());

  it.each(corruptions)('%s: invalid_input naming the problem, nothing written', async (_name, corrupt, message) => {
    const error = await restoreWorkspace(target.ctx, { backup: corrupt(good) }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
    for (const name of entityNames) expect(await target.ctx.ws.table(name).list(), name).toEqual([]);
    expect((await target.store.getUser('local'))?.name).toBe('Me');
  });

  it('gives the rows of a backup from another user to the current one', async () => {
    const doc = JSON.parse(good) as Doc;
    doc.user.id = 'someone';
    for (const rows of Object.values(doc.entities)) for (const row of rows) row.userId = 'someone';
    await restoreWorkspace(target.ctx, { backup: doc });
    const outcomes = await target.ctx.ws.table('outcomes').list();
    expect(outcomes.map((o) => o.userId)).toEqual(['local', 'local']);
  });

  it('restores a backup written before outcomes and documents gained their later fields, with those fields empty', async () => {
    const doc = JSON.parse(good) as Doc;
    for (const row of doc.entities.outcomes ?? []) for (const field of ['deliverable', 'criterion', 'stakeholders']) delete row[field];
    for (const row of doc.entities.artifacts ?? []) delete row.contentHash;
    await restoreWorkspace(target.ctx, { backup: doc });
    const outcomes = await target.ctx.ws.table('outcomes').list();
    expect(outcomes.map((o) => [o.deliverable, o.criterion, o.stakeholders])).toEqual([
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('accepts the good backup it started from', async () => {
    expect(validateBackup(good).entities.outcomes).toHaveLength(2);
    await restoreWorkspace(target.ctx, { backup: good });
    expect((await target.store.getUser('local'))?.name).toBe('Alex Rivera');
    await expect(restoreWorkspace(target.ctx, { backup: good })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps no row when the profile cannot be written: rows and profile are one transaction', async () => {
    // The database fails on the last write of the restore, the profile's.
    const failing = (ws: Workspace): Workspace => ({
      ...ws,
      updateProfile: () => Promise.reject(new Error('the disk is full')),
      transaction: (fn) => ws.transaction((inner) => fn(failing(inner))),
    });
    await expect(restoreWorkspace({ ...target.ctx, ws: failing(target.ctx.ws) }, { backup: good })).rejects.toThrow('the disk is full');
    for (const name of entityNames) expect(await target.ctx.ws.table(name).list(), name).toEqual([]);
    expect((await target.store.getUser('local'))?.name).toBe('Me');
    await restoreWorkspace(target.ctx, { backup: good });
    expect((await target.ctx.ws.table('outcomes').list()).length).toBe(2);
  });
});
