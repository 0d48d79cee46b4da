import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { createTeamTestApp, type TeamTestApp } from './helpers/team-app.js';

describeEachDialect('a team server keeps each member’s workspace to them', (_dialect, newDatabase) => {
  let team: TeamTestApp | undefined;
  afterEach(async () => {
    await team?.close();
  });

  it('answers 401 without a session, and 404 for another member’s outcome', async () => {
    team = await createTeamTestApp(await newDatabase());
    const ada = await team.member('ada@example.com', 'admin');
    const bo = await team.member('bo@example.com');
    const created = await team.call(ada, 'POST', '/api/outcomes', {
      statement: 'Raise activation from 20% to 30% by March',
      status: 'active',
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await team.call(null, 'GET', '/api/outcomes')).status).toBe(401);
    const list = (await (await team.call(bo, 'GET', '/api/outcomes')).json()) as { items: Array<{ id: string }> };
    expect(list.items.map((o) => o.id)).not.toContain(id);
    expect((await team.call(bo, 'GET', `/api/outcomes/${id}`)).status).toBe(404);
    expect((await team.call(ada, 'GET', `/api/outcomes/${id}`)).status).toBe(200);
    expect((await team.call(null, 'GET', '/api/health')).status).toBe(200);
  });
});
