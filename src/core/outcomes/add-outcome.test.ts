import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { runDoctor } from '../doctor/run-doctor.js';
import { listRecords } from '../records/list-records.js';
import { addOutcome } from './add-outcome.js';
import { fieldsOfGoal, readOutcomeFields } from './read-outcome-fields.js';

it('reads the record fields of a metric and of a deliverable goal', () => {
  expect(readOutcomeFields('Lift trial-to-paid conversion from 4% to 6% by 2027-05-31', '2026-11-28').fields).toEqual({
    kind: 'metric',
    metric: 'trial-to-paid conversion',
    direction: 'up',
    baseline: 4,
    target: 6,
    unit: '%',
    deadline: '2027-05-31',
    deliverable: null,
    criterion: null,
    stakeholders: null,
  });
  const strategy = readOutcomeFields(
    'Ship a monetization strategy approved by the VP and aligned with 3 teams by 2027-04-30',
    '2026-11-28',
  ).fields;
  expect(strategy).toMatchObject({ kind: 'deliverable', deliverable: 'monetization strategy', criterion: 'approved by the VP' });
  expect(strategy).toMatchObject({ stakeholders: 3, deadline: '2027-04-30', metric: null, target: null });
  const read = readOutcomeFields('Ship 12 experiments by 2027-04-30', '2026-11-28').check.outcome;
  expect(fieldsOfGoal(read)).toMatchObject({ kind: 'deliverable', target: 12, unit: null });
});

describeEachDialect('adding an outcome', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
  });
  afterEach(() => t.close());

  it('stores a concrete goal with what the check read, explicit fields overriding', async () => {
    const added = await addOutcome(t.ctx, {
      statement: '  Raise activation from 30% to 40% by 2027-04-30 ',
      fields: { metric: 'week-1 activation', unit: undefined },
    });
    expect(added.saved).toBe(true);
    expect(added.outcome).toMatchObject({
      statement: 'Raise activation from 30% to 40% by 2027-04-30',
      status: 'active',
      kind: 'metric',
      metric: 'week-1 activation',
      baseline: 30,
      target: 40,
      unit: '%',
      deadline: '2027-04-30',
    });
    expect(added.check.verdict).toBe('concrete');
  });

  it('refuses a vague goal and stores nothing, or keeps it as a draft the doctor lists', async () => {
    const refused = await addOutcome(t.ctx, { statement: 'get better at growth' });
    expect(refused).toMatchObject({ saved: false, outcome: null, check: { verdict: 'vague' } });
    expect(refused.check.findings.map((f) => f.rule)).toContain('activity');
    expect(await listRecords(t.ctx, { entity: 'outcomes' })).toEqual([]);

    const draft = await addOutcome(t.ctx, { statement: 'get better at growth', draft: true });
    expect(draft.outcome).toMatchObject({ status: 'draft', kind: null, deadline: null });
    const { findings } = await runDoctor(t.ctx);
    expect(findings).toMatchObject([{ pitfall: 'vague-goal', records: [{ entity: 'outcomes', id: draft.outcome?.id }] }]);
    expect(findings[0]?.message).toMatch(/^The draft outcome “get better at growth” is not a concrete goal/);
  });

  it('refuses bad explicit fields before judging the statement', async () => {
    await expect(addOutcome(t.ctx, { statement: 'get better at growth', fields: { deadline: '2027-13-01' } })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/Deadline must be a date/),
    });
  });
});
