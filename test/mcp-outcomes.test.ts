import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox } from './helpers/cli.js';
import { sqliteDatabase } from './helpers/dialects.js';
import { connectMcp, type McpConnection } from './helpers/mcp.js';

/*
 * MCP's add_outcome and `understudy outcome add` run one use-case: the same reading of the
 * statement and the same rule for a goal that is not concrete (SPEC §1.1).
 */

const TODAY = '2026-11-28';
const vague = 'Get better at growth';

interface Added {
  saved: boolean;
  outcome: { id: string; status: string } | null;
  check: { verdict: string; findings: Array<{ rule: string }> };
}

describe('add_outcome through an assistant', () => {
  const cli = cliSandbox();
  const newDatabase = sqliteDatabase();
  let db: string;
  let mcp: McpConnection;
  const on = (...args: string[]) => [...args, '--db', db, '--today', TODAY];
  beforeAll(async () => {
    db = await newDatabase();
    mcp = await connectMcp({ db, home: cli.home(), today: TODAY });
  });
  afterAll(async () => {
    await mcp?.close();
  });

  it('does not save a vague goal, as the CLI does not, and keeps it as a draft when asked', async () => {
    const refused = await mcp.call<Added>('add_outcome', { statement: vague });
    expect(refused).toMatchObject({ saved: false, outcome: null, check: { verdict: 'vague' } });
    expect(refused.check.findings.length).toBeGreaterThan(0);
    const viaCli = await cli.run(on('outcome', 'add', vague, '--json'));
    expect(viaCli.code).toBe(1);
    expect(JSON.parse(viaCli.stdout)).toMatchObject({ saved: false, check: { verdict: 'vague' } });
    expect(await cli.json<unknown[]>(on('outcome', 'list'))).toEqual([]);

    const kept = await mcp.call<Added>('add_outcome', { statement: vague, draft: true });
    expect(kept).toMatchObject({ saved: true, outcome: { status: 'draft' } });
    const listed = await cli.json<Array<{ id: string; status: string }>>(on('outcome', 'list'));
    expect(listed).toEqual([expect.objectContaining({ id: kept.outcome?.id, status: 'draft' })]);
  });

  it('reads a concrete goal’s fields the same way through both surfaces', async () => {
    const statement = 'Raise week-one retention from 22% to 27% by 2027-04-30.';
    const viaMcp = await mcp.call<Added & { outcome: Record<string, unknown> }>('add_outcome', { statement });
    const viaCli = await cli.json<Record<string, unknown>>(on('outcome', 'add', statement));
    const fields = (o: Record<string, unknown>) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = o;
      return rest;
    };
    expect(viaMcp.saved).toBe(true);
    expect(fields(viaMcp.outcome)).toEqual(fields(viaCli));
    expect(viaMcp.outcome).toMatchObject({ baseline: 22, target: 27, unit: '%', deadline: '2027-04-30', status: 'active' });
  });
});
