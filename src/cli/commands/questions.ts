import type { Command } from 'commander';
import { readDocumentFile } from '../document-file.js';
import { globalOptions } from '../global-options.js';
import { plural } from '../output.js';
import { prepare } from '../runtime.js';
import { questionTable } from './library.js';

/** `understudy questions FILE`: the questions a document answers (and the headings it leaves empty), without storing it. */
export function registerQuestions(program: Command): void {
  globalOptions(program.command('questions').argument('<file>', 'Markdown, text, HTML, DOCX or PDF'))
    .description('list the questions a document answers (the Artifact method)')
    .action(async (path: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const file = await readDocumentFile(path);
      const { parseDocument } = await import('../../core/library/parse-document.js');
      const { questions } = await parseDocument(file);
      const empty = questions.filter((q) => q.empty).length;
      run.out.print({ questions }, () =>
        questions.length === 0
          ? `${path} answers none of the catalogue’s questions.`
          : `${path} answers ${plural(questions.length - empty, 'question')}${empty > 0 ? ` and leaves ${empty} empty` : ''}\n${questionTable(questions)}`,
      );
    });
}
