import { type Command, Option } from 'commander';
import type { AddedArtifact } from '../../core/library/add-artifacts.js';
import type { DocumentFile } from '../../core/library/parse-document.js';
import { type Artifact, artifactKinds } from '../../core/library/schemas.js';
import type { ArtifactHit } from '../../core/ports.js';
import { readDocumentFile } from '../document-file.js';
import { globalOptions } from '../global-options.js';
import { fields, plural, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';
import { given, integer, list } from './parse.js';

/** Shows a snippet with its matched words in «guillemets». */
function marked(hit: ArtifactHit): string {
  let out = '';
  let at = 0;
  for (const [start, end] of hit.highlights) {
    out += `${hit.snippet.slice(at, start)}«${hit.snippet.slice(start, end)}»`;
    at = end;
  }
  return out + hit.snippet.slice(at);
}

/** The questions of a document as a table: id, section and wording. */
export function questionTable(
  questions: ReadonlyArray<{ questionId?: string; id?: string; question: string; section: string | null }>,
): string {
  return table(
    ['ID', 'QUESTION', 'SECTION'],
    questions.map((q) => [q.questionId ?? q.id, q.question, q.section ?? '(opening)']),
  );
}

const show = (a: Omit<Artifact, 'body'>) =>
  fields([
    ['id', a.id],
    ['title', a.title],
    ['kind', a.kind],
    ['tags', a.tags],
    ['rating', a.rating],
    ['source', a.sourceFile],
  ]);

/** `understudy library …`: the gold-standard documents of the Artifact method. */
export function registerLibrary(program: Command): void {
  const library = program.command('library').description('gold-standard documents: import, study their questions, search');

  globalOptions(library.command('add').argument('<file...>', 'Markdown, text, HTML, DOCX or PDF files'))
    .description('add documents to the library and extract the questions each answers')
    .option('--title <title>', 'title (default: the document’s own title or file name)')
    .addOption(new Option('--kind <kind>', 'what kind of document').choices(artifactKinds))
    .option('--tags <tags>', 'comma-separated tags', list)
    .option('--rating <1-5>', 'how good an example it is', integer)
    .action(async (paths: string[], _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const files: DocumentFile[] = [];
      for (const path of paths) files.push(await readDocumentFile(path));
      const { addArtifacts } = await import('../../core/library/add-artifacts.js');
      const details = given({ title: o.title, kind: o.kind, tags: o.tags, rating: o.rating });
      const added = await withWorkspace(run, (ctx) => addArtifacts(ctx, { files, details }));
      run.out.print(added, () =>
        added
          .map((a: AddedArtifact) =>
            a.duplicate
              ? `Already in the library as ${a.id} “${a.title}” (${a.kind}); nothing stored`
              : `Added ${a.id} “${a.title}” (${a.kind}), ${plural(a.questions.length, 'question')}\n${questionTable(a.questions)}`,
          )
          .join('\n\n'),
      );
    });

  globalOptions(library.command('list'))
    .description('list the library')
    .addOption(new Option('--kind <kind>', 'only this kind').choices(artifactKinds))
    .option('--tag <tag>', 'only documents with this tag')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const { listArtifacts } = await import('../../core/library/list-artifacts.js');
      const rows = await withWorkspace(run, (ctx) => listArtifacts(ctx, given({ kind: run.options.kind, tag: run.options.tag })));
      run.out.print(
        rows,
        () =>
          table(
            ['ID', 'KIND', 'RATING', 'TITLE', 'TAGS'],
            rows.map((a) => [a.id, a.kind, a.rating, a.title, a.tags.join(', ')]),
          ) || 'The library is empty. Add a document with: understudy library add FILE',
      );
    });

  globalOptions(library.command('show').argument('<id>'))
    .description('show a document and the questions it answers')
    .option('--text', 'also print its text')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { getArtifact } = await import('../../core/library/get-artifact.js');
      const artifact = await withWorkspace(run, (ctx) => getArtifact(ctx, { id }));
      run.out.print(artifact, () =>
        [
          show(artifact),
          `\nQuestions it answers (${artifact.questions.length})`,
          questionTable(artifact.questions),
          run.options.text ? `\n${artifact.body}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });

  globalOptions(library.command('search').argument('<words...>', 'words to find'))
    .description('ranked full-text search with snippets')
    .option('--limit <n>', 'how many results (1–100)', integer, 20)
    .action(async (words: string[], _o, cmd: Command) => {
      const run = prepare(cmd);
      const { searchLibrary } = await import('../../core/library/search-library.js');
      const hits = await withWorkspace(run, (ctx) => searchLibrary(ctx, { query: words.join(' '), limit: run.options.limit as number }));
      run.out.print(hits, () =>
        hits.length === 0 ? 'Nothing found.' : hits.map((h) => `${h.id}  ${h.title} (${h.kind})\n    ${marked(h)}`).join('\n'),
      );
    });

  globalOptions(library.command('update').argument('<id>'))
    .description('change a document’s title, kind, tags or rating')
    .option('--title <title>', 'new title')
    .addOption(new Option('--kind <kind>', 'what kind of document').choices(artifactKinds))
    .option('--tags <tags>', 'comma-separated tags (replaces them)', list)
    .option('--rating <1-5>', 'how good an example it is', integer)
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const { updateRecord } = await import('../../core/records/update-record.js');
      const input = given({ title: o.title, kind: o.kind, tags: o.tags, rating: o.rating });
      const updated = await withWorkspace(run, (ctx) => updateRecord(ctx, { entity: 'artifacts', id, input }));
      const { body: _body, ...summary } = updated;
      run.out.print(summary, () => `Updated ${id}\n${show(summary)}`);
    });

  globalOptions(library.command('remove').argument('<id>'))
    .description('delete a document (templates built from it keep their questions)')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { deleteRecord } = await import('../../core/records/delete-record.js');
      await withWorkspace(run, (ctx) => deleteRecord(ctx, { entity: 'artifacts', id }));
      run.out.print({ removed: id }, () => `Removed ${id}`);
    });
}
