import { type Command, Option } from 'commander';
import { addOutcome } from '../../core/outcomes/add-outcome.js';
import { type Outcome, outcomeStatuses } from '../../core/outcomes/schemas.js';
import { createRecord } from '../../core/records/create-record.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { getRecord } from '../../core/records/get-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { updateRecord } from '../../core/records/update-record.js';
import { globalOptions } from '../global-options.js';
import { fields, table } from '../output.js';
import { renderCheckResult } from '../render-check.js';
import { EXIT } from '../report-error.js';
import { prepare, withWorkspace } from '../runtime.js';
import { given, integer, number } from './parse.js';

/** Options shared by `outcome add` and `outcome update`. */
function outcomeOptions(command: Command): Command {
  return command
    .option('--kind <kind>', 'metric or deliverable')
    .option('--metric <name>', 'the metric moved, e.g. activation')
    .option('--direction <dir>', 'up or down')
    .option('--baseline <n>', 'value today', number)
    .option('--target <n>', 'value to reach', number)
    .option('--unit <unit>', 'unit of the values, e.g. %, USD')
    .option('--deadline <date>', 'YYYY-MM-DD')
    .option('--deliverable <what>', 'what a deliverable outcome produces, e.g. "pricing strategy"')
    .option('--criterion <when>', 'when the deliverable counts as done, e.g. "approved by the VP"')
    .option('--stakeholders <n>', 'how many stakeholders must approve or align', integer);
}

function outcomeInput(o: Record<string, unknown>): Record<string, unknown> {
  return given({
    statement: o.statement,
    kind: o.kind,
    metric: o.metric,
    direction: o.direction,
    baseline: o.baseline,
    target: o.target,
    unit: o.unit,
    deadline: o.deadline,
    deliverable: o.deliverable,
    criterion: o.criterion,
    stakeholders: o.stakeholders,
    status: o.status,
  });
}

const row = (o: Outcome) => [o.id, o.status, o.deadline ?? '', o.statement];
const show = (o: Outcome) =>
  fields([
    ['id', o.id],
    ['statement', o.statement],
    ['status', o.status],
    ['kind', o.kind],
    ['metric', o.metric],
    ['direction', o.direction],
    ['baseline', o.baseline],
    ['target', o.target],
    ['unit', o.unit],
    ['deliverable', o.deliverable],
    ['criterion', o.criterion],
    ['stakeholders', o.stakeholders],
    ['deadline', o.deadline],
  ]);

/** `understudy outcome …`: the 3–6 month outcomes the loop serves, and their check-ins. */
export function registerOutcome(program: Command): void {
  const outcome = program.command('outcome').description('concrete 3–6 month outcomes and their check-ins');

  outcomeOptions(
    globalOptions(outcome.command('add').argument('<statement>', 'the outcome, e.g. "Raise activation from 30% to 40% by June"')),
  )
    .description('add an outcome: the goal check reads its fields from the statement, and a vague goal is refused (exit 1)')
    .option('--draft', 'keep a goal that is not concrete yet as a draft (the doctor lists it until it is)')
    .action(async (statement: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { status: _status, statement: _statement, ...fields } = outcomeInput(run.options);
      const result = await withWorkspace(run, (ctx) => addOutcome(ctx, { statement, fields, draft: Boolean(run.options.draft) }));
      const color = Boolean(process.stdout.isTTY);
      if (!result.saved) {
        run.out.print(
          { saved: false, check: result.check },
          () =>
            `${renderCheckResult(result.check, statement, 'statement', color)}\nNot saved: make the outcome concrete (measurable, time-bound, not an activity), or keep it as a draft with --draft.`,
        );
        process.exitCode = EXIT.failed;
        return;
      }
      const { outcome, check } = result;
      run.out.print(outcome, () => {
        const heading =
          outcome.status === 'draft'
            ? `Saved draft outcome ${outcome.id}; when it is concrete: understudy outcome update ${outcome.id} --status active`
            : `Added outcome ${outcome.id}`;
        return `${renderCheckResult(check, outcome.statement, 'statement', color)}\n${heading}\n${show(outcome)}`;
      });
    });

  globalOptions(outcome.command('list'))
    .description('list outcomes')
    .addOption(new Option('--status <status>', 'only outcomes with this status').choices(outcomeStatuses))
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const status = run.options.status as Outcome['status'] | undefined;
      const rows = await withWorkspace(run, (ctx) => listRecords(ctx, { entity: 'outcomes', where: status ? { status } : {} }));
      run.out.print(
        rows,
        () =>
          table(['ID', 'STATUS', 'DEADLINE', 'STATEMENT'], rows.map(row)) || 'No outcomes yet. Add one with: understudy outcome add "…"',
      );
    });

  globalOptions(outcome.command('show').argument('<id>'))
    .description('show an outcome with its check-ins')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const result = await withWorkspace(run, async (ctx) => ({
        ...(await getRecord(ctx, { entity: 'outcomes', id })),
        checkins: await listRecords(ctx, { entity: 'checkins', where: { outcomeId: id } }),
      }));
      run.out.print(result, () => {
        const checkins = table(
          ['DATE', 'VALUE', 'CONFIDENCE', 'NOTE'],
          result.checkins.map((c) => [c.date, c.value, c.confidence, c.note]),
        );
        return `${show(result)}\n\n${checkins ? `Check-ins\n${checkins}` : 'No check-ins yet.'}`;
      });
    });

  outcomeOptions(globalOptions(outcome.command('update').argument('<id>')))
    .description('change an outcome')
    .option('--statement <text>', 'new wording')
    .addOption(new Option('--status <status>', 'new status').choices(outcomeStatuses))
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const updated = await withWorkspace(run, (ctx) => updateRecord(ctx, { entity: 'outcomes', id, input: outcomeInput(run.options) }));
      run.out.print(updated, () => `Updated outcome ${id}\n${show(updated)}`);
    });

  globalOptions(outcome.command('remove').argument('<id>'))
    .description('delete an outcome and its check-ins')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      await withWorkspace(run, (ctx) => deleteRecord(ctx, { entity: 'outcomes', id }));
      run.out.print({ removed: id }, () => `Removed outcome ${id}`);
    });

  globalOptions(outcome.command('checkin').argument('<id>', 'outcome id'))
    .description('record progress towards an outcome')
    .option('--value <n>', 'measured value', number)
    .option('--note <text>', 'what happened')
    .option('--confidence <0-100>', 'how sure you are of reaching it', integer)
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const input = given({ outcomeId: id, value: o.value, note: o.note, confidence: o.confidence, date: o.date });
      const created = await withWorkspace(run, (ctx) => createRecord(ctx, { entity: 'checkins', input }));
      run.out.print(created, () => `Checked in on ${created.date}${created.value === null ? '' : `: ${created.value}`}`);
    });
}
