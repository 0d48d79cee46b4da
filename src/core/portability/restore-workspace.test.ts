import { afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { nextActions } from '../actions/next-actions.js';
import { isAppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { type EntityName, entityNames } from '../records/schemas.js';
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

/** Ways a backup can be wrong (the full table is in validate-backup.test.ts), and the message naming each. */
const corruptions: Array<[string, (text: string) => string, RegExp]> = [
  ['malformed JSON', (text) => text.slice(0, text.length / 2), /not valid JSON/],
  ['a document that is not a backup', () => '[1, 2]', /expected a JSON object/],
  ['an unknown version', (text) => JSON.stringify({ ...JSON.parse(text), version: 99 }), /field version\): version 99 is not supported/],
  [
    'a timestamp that is not one',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'mentors').createdAt = 'not a date';
      return JSON.stringify(doc);
    },
    /\(mentors\[0\], row [\w-]+, field createdAt\): "not a date" must be a timestamp/,
  ],
  [
    'a row with a bad field',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'checkins').confidence = 'very';
      return JSON.stringify(doc);
    },
    /checkins\[0\], row [\w-]+, field confidence\)/,
  ],
  [
    'a dangling reference',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'advice').relationshipId = 'nope';
      return JSON.stringify(doc);
    },
    /advice\[0\], row [\w-]+, field relationshipId\): points to relationship nope, which is not in the backup/,
  ],
  [
    'a stage that disagrees with its history',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'relationships').stage = 'asked';
      return JSON.stringify(doc);
    },
    /relationships\[0\], row [\w-]+, field stage\): "asked" does not match its stage history/,
  ],
  [
    'a lone surrogate',
    (text) => {
      const doc = JSON.parse(text) as Doc;
      firstRow(doc, 'advice').text = 'Try \uDC00 this';
      return JSON.stringify(doc);
    },
    /advice\[0\], row [\w-]+, field text\): cannot contain a lone surrogate \(U\+DC00\)/,
  ],
];

describeEachDialect('restore refuses a bad backup', (_dialect, newDatabase) => {
  let target: TestWorkspace;
  let good: string;
  beforeAll(async () => {
    const source = await openTestWorkspace(await newDatabase());
    try {
      await loadDemo(source.ctx);
      good = serializeBackup(await backupWorkspace(source.ctx));
    } finally {
      await source.close();
    }
  });
  beforeEach(async () => {
    target = await openTestWorkspace(await newDatabase());
  });
  afterEach(() => target.close());

  it.each(corruptions)(
    '%s: invalid_input naming the problem, refused before the transaction opens, nothing written',
    async (_name, corrupt, message) => {
      let transactions = 0;
      const counted: Workspace = {
        ...target.ctx.ws,
        transaction: (fn) => {
          transactions += 1;
          return target.ctx.ws.transaction(fn);
        },
      };
      const error = await restoreWorkspace({ ...target.ctx, ws: counted }, { backup: corrupt(good) }).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('invalid_input');
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toMatch(/\n/);
      expect(transactions).toBe(0);
      for (const name of entityNames) expect(await target.ctx.ws.table(name).list(), name).toEqual([]);
      expect((await target.store.getUser('local'))?.name).toBe('Me');
      await restoreWorkspace(target.ctx, { backup: good });
      expect(await nextActions(target.ctx, {})).toMatchObject({ actions: expect.any(Array) });
    },
  );

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

  it('keeps nothing, profile included, when the last row cannot be written: rows and profile are one transaction', async () => {
    // The database fails on the last insert of the restore, after the profile and every other row.
    const last = [...entityNames].reverse().find((name) => (JSON.parse(good) as Doc).entities[name]?.length);
    const failing = (ws: Workspace): Workspace => ({
      ...ws,
      table: ((name: EntityName) =>
        name === last
          ? { ...ws.table(name), insert: () => Promise.reject(new Error('the disk is full')) }
          : ws.table(name)) as Workspace['table'],
      transaction: (fn) => ws.transaction((inner) => fn(failing(inner))),
    });
    await expect(restoreWorkspace({ ...target.ctx, ws: failing(target.ctx.ws) }, { backup: good })).rejects.toThrow('the disk is full');
    for (const name of entityNames) expect(await target.ctx.ws.table(name).list(), name).toEqual([]);
    expect((await target.store.getUser('local'))?.name).toBe('Me');
    await restoreWorkspace(target.ctx, { backup: good });
    expect((await target.ctx.ws.table('outcomes').list()).length).toBe(2);
  });
});
