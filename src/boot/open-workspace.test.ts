import { describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/helpers/dialects.js';
import { loadConfig } from '../config/load-config.js';
import { createRecord } from '../core/records/create-record.js';
import { LOCAL_ACTOR, openWorkspace, openWorkspaces } from './open-workspace.js';

const configFor = (url: string) => loadConfig({ db: url, today: '2026-11-28' }, {});

describeEachDialect('the one start-up path', (dialect, newDatabase) => {
  it('opens the solo user’s workspace, creating the user once, on the configured date', async () => {
    const config = configFor(await newDatabase());
    const first = await openWorkspace(config, LOCAL_ACTOR);
    try {
      expect(first.dialect).toBe(dialect);
      expect(first.ctx.ws.userId).toBe('local');
      expect(first.ctx.clock.today()).toBe('2026-11-28');
      expect(await first.ctx.ws.profile()).toMatchObject({ id: 'local', name: 'Me' });
      await first.ctx.ws.updateProfile({ name: 'Ada' });
      await createRecord(first.ctx, { entity: 'outcomes', input: { statement: 'Ship the pricing page by March' } });
    } finally {
      await first.close();
    }
    const again = await openWorkspace(config, LOCAL_ACTOR);
    try {
      // Opening again finds the same user and records; nothing is made twice.
      expect(await again.ctx.ws.profile()).toMatchObject({ id: 'local', name: 'Ada' });
      expect(await again.ctx.ws.table('outcomes').list()).toHaveLength(1);
    } finally {
      await again.close();
    }
  });

  it('refuses an account that does not exist, and opens one workspace per actor', async () => {
    const workspaces = await openWorkspaces(configFor(await newDatabase()));
    try {
      await expect(workspaces.open({ kind: 'user', userId: 'nobody' })).rejects.toMatchObject({ code: 'not_found' });
      const local = await workspaces.open(LOCAL_ACTOR);
      await createRecord(local, { entity: 'outcomes', input: { statement: 'Ship the pricing page by March' } });
      // The local account is an account like any other once it exists, and sees the same rows.
      const named = await workspaces.open({ kind: 'user', userId: 'local' });
      expect(await named.ws.table('outcomes').list()).toHaveLength(1);
      expect(named.clock).toBe(local.clock);
    } finally {
      await workspaces.close();
    }
  });
});

describe('the start-up path on a bad location', () => {
  it('fails with the store’s error and leaves nothing open', async () => {
    const config = loadConfig({ db: 'postgres://nobody@127.0.0.1:1/none', today: '2026-11-28' }, {});
    await expect(openWorkspace(config, LOCAL_ACTOR)).rejects.toMatchObject({ code: 'db_unavailable' });
  });
});
