import type { Command } from 'commander';
import type { SkillResult } from '../../analysis/checks/skill/classify-skill.js';
import { addGap } from '../../core/gaps/add-gap.js';
import { type Gap, skills } from '../../core/gaps/schemas.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { getRecord } from '../../core/records/get-record.js';
import { listRecords } from '../../core/records/list-records.js';
import { updateRecord } from '../../core/records/update-record.js';
import { globalOptions } from '../global-options.js';
import { fields, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';
import { given } from './parse.js';

const method = (g: Gap) =>
  g.category === 'iq' ? 'artifact: study gold-standard documents, 3–6 months' : 'mirror: ask for subjective feedback, 12+ months';
const show = (g: Gap) =>
  fields([
    ['id', g.id],
    ['statement', g.statement],
    ['skill', `${g.skill} (${g.category.toUpperCase()})`],
    ['method', method(g)],
    ['outcome', g.outcomeId],
    ['status', g.status],
  ]);

/** What the classification decided and why: the category and skill, then the words that decided it. */
function decided(r: SkillResult): string {
  const words = r.evidence.map((e) => `"${e.text}"`).join(', ');
  return `Classified as ${r.category} · ${r.skill} (confidence ${r.confidence.toFixed(2)}), decided by ${words}; give --skill to choose another`;
}

/** `understudy gap …`: the skill that blocks an outcome, IQ or EQ, with its method. */
export function registerGap(program: Command): void {
  const gap = program.command('gap').description('skill gaps that block an outcome (IQ or EQ)');

  globalOptions(gap.command('add').argument('<statement>', 'what blocks you, in your words'))
    .description('add a skill gap; without --skill its statement is classified (IQ or EQ, which skill, and why)')
    .option('--skill <skill>', `one of ${skills.join(', ')} (default: classified from the statement)`)
    .option('--outcome <id>', 'the outcome it blocks')
    .action(async (statement: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const { gap: created, classification } = await withWorkspace(run, (ctx) =>
        addGap(ctx, { statement, skill: o.skill as string | undefined, outcomeId: o.outcome as string | undefined }),
      );
      run.out.print(classification ? { ...created, classification } : created, () =>
        [classification ? decided(classification) : null, `Added skill gap ${created.id}`, show(created)].filter(Boolean).join('\n'),
      );
    });

  globalOptions(gap.command('list'))
    .description('list skill gaps')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const rows = await withWorkspace(run, (ctx) => listRecords(ctx, { entity: 'gaps' }));
      run.out.print(
        rows,
        () =>
          table(
            ['ID', 'SKILL', 'TYPE', 'STATUS', 'STATEMENT'],
            rows.map((g) => [g.id, g.skill, g.category.toUpperCase(), g.status, g.statement]),
          ) || 'No skill gaps yet. Add one with: understudy gap add "…" --skill SKILL',
      );
    });

  globalOptions(gap.command('show').argument('<id>'))
    .description('show a skill gap with its method and horizon')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const found = await withWorkspace(run, (ctx) => getRecord(ctx, { entity: 'gaps', id }));
      run.out.print(found, () => show(found));
    });

  globalOptions(gap.command('update').argument('<id>'))
    .description('change a skill gap')
    .option('--statement <text>', 'new wording')
    .option('--skill <skill>', `one of ${skills.join(', ')}`)
    .option('--outcome <id>', 'the outcome it blocks')
    .option('--status <status>', 'active or closed')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const input = given({ statement: o.statement, skill: o.skill, outcomeId: o.outcome, status: o.status });
      const updated = await withWorkspace(run, (ctx) => updateRecord(ctx, { entity: 'gaps', id, input }));
      run.out.print(updated, () => `Updated skill gap ${id}\n${show(updated)}`);
    });

  globalOptions(gap.command('remove').argument('<id>'))
    .description('delete a skill gap')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      await withWorkspace(run, (ctx) => deleteRecord(ctx, { entity: 'gaps', id }));
      run.out.print({ removed: id }, () => `Removed skill gap ${id}`);
    });
}
