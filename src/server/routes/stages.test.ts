import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testBase } from '../../../test/helpers/app.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { addMentor } from '../../core/relationships/add-mentor.js';
import { stages } from '../../core/relationships/schemas.js';
import { stagesByHand } from '../../core/relationships/stages.js';

describe('GET /api/stage-moves', () => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(':memory:', '2026-11-28');
  });
  afterEach(() => t.close());

  it('answers each stage with the moves the rules accept, and each offered move is accepted', async () => {
    const app = createTestApp(t.store);
    const response = await app.request(`${testBase}/api/stage-moves`);
    expect(response.status).toBe(200);
    const moves = (await response.json()) as Record<string, string[]>;
    expect(Object.keys(moves)).toEqual([...stages]);
    for (const stage of stages) expect(moves[stage]).toEqual(stagesByHand(stage));
    // Every move offered from prospect goes through the move route.
    for (const to of moves.prospect ?? []) {
      const { relationship } = await addMentor(t.ctx, { input: { name: `Mentor for ${to}` } });
      const moved = await app.request(`${testBase}/api/relationships/${relationship.id}/moves`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to }),
      });
      expect(moved.status, to).toBe(200);
    }
  });
});
