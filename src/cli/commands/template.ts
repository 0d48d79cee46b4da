import type { Command } from 'commander';
import type { TemplateWithQuestions } from '../../core/library/get-template.js';
import type { DocumentFile } from '../../core/library/parse-document.js';
import { isFile, readDocumentFile } from '../document-file.js';
import { globalOptions } from '../global-options.js';
import { fields, plural, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';

const show = (t: TemplateWithQuestions) =>
  `${fields([
    ['id', t.id],
    ['name', t.name],
    ['sources', t.sources.length],
  ])}\n\n${table(
    ['#', 'ID', 'QUESTION', 'ANSWERED BY'],
    t.questions.map((q) => [q.position + 1, q.questionId, q.question, `${q.support} of ${t.sources.length}`]),
  )}`;

/** `understudy template …`: the questions of gold-standard documents, as a template for yours. */
export function registerTemplate(program: Command): void {
  const template = program.command('template').description('templates: the ordered union of the questions of gold-standard documents');

  globalOptions(template.command('create').argument('<name>').argument('<source...>', 'document files, or ids of library documents'))
    .description('build a template from documents (files are added to the library)')
    .action(async (name: string, sources: string[], _o, cmd: Command) => {
      const run = prepare(cmd);
      const files: DocumentFile[] = [];
      const artifactIds: string[] = [];
      for (const source of sources) {
        if (await isFile(source)) files.push(await readDocumentFile(source));
        else artifactIds.push(source);
      }
      const { createTemplate } = await import('../../core/library/create-template.js');
      const created = await withWorkspace(run, (ctx) => createTemplate(ctx, { name, files, artifactIds }));
      run.out.print(
        created,
        () => `Created template “${created.name}” from ${plural(created.sources.length, 'document')}\n${show(created)}`,
      );
    });

  globalOptions(template.command('list'))
    .description('list templates with how many questions and source documents each has')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      // The same summaries as MCP's list_templates: the counts come from one core use-case.
      const { listTemplates } = await import('../../core/library/list-templates.js');
      const rows = await withWorkspace(run, (ctx) => listTemplates(ctx));
      run.out.print(
        rows,
        () =>
          table(
            ['ID', 'NAME', 'QUESTIONS', 'SOURCES'],
            rows.map((t) => [t.id, t.name, String(t.questionCount), String(t.sources.length)]),
          ) || 'No templates yet. Build one with: understudy template create NAME FILE...',
      );
    });

  globalOptions(template.command('show').argument('<id-or-name>'))
    .description('show a template’s questions and how many sources answer each')
    .action(async (ref: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { getTemplate } = await import('../../core/library/get-template.js');
      const found = await withWorkspace(run, (ctx) => getTemplate(ctx, { ref }));
      run.out.print(found, () => show(found));
    });
}
