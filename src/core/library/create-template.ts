import { buildTemplate } from '../../analysis/questions/build-template.js';
import { type DocumentQuestion, questionsOf } from '../../analysis/questions/extract-questions.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { getRecord } from '../records/get-record.js';
import { type ArtifactDetails, storeArtifacts } from './add-artifacts.js';
import type { TemplateWithQuestions } from './get-template.js';
import { type DocumentFile, type ParsedDocument, parseDocument } from './parse-document.js';

/** Most source documents one template may have. */
export const MAX_TEMPLATE_SOURCES = 50;

/**
 * Builds a named template from gold-standard documents (SPEC §1.7): library artifacts by id,
 * and files, which are read first and added to the library with the template. The template
 * is the ordered union of their questions, each with how many documents answer it. One
 * transaction: an unreadable file or an unknown id stores nothing.
 */
export async function createTemplate(
  ctx: Context,
  options: { name: string; artifactIds?: readonly string[]; files?: readonly DocumentFile[]; details?: ArtifactDetails },
): Promise<TemplateWithQuestions> {
  const name = options.name.trim();
  const ids = [...new Set(options.artifactIds ?? [])];
  const files = options.files ?? [];
  if (ids.length + files.length === 0) throw new AppError('invalid_input', 'A template needs at least one document');
  if (ids.length + files.length > MAX_TEMPLATE_SOURCES)
    throw new AppError('invalid_input', `A template can have at most ${MAX_TEMPLATE_SOURCES} documents`);
  const parsed: ParsedDocument[] = [];
  for (const file of files) parsed.push(await parseDocument(file));

  return ctx.ws.transaction(async (ws) => {
    const tx = { ...ctx, ws };
    if ((await ws.table('templates').list({ name })).length > 0)
      throw new AppError('conflict', `A template named "${name}" exists already`);
    const template = await createRecord(tx, { entity: 'templates', input: { name } });
    const sources: Array<{ artifactId: string; questions: DocumentQuestion[] }> = [];
    for (const id of ids) {
      await getRecord(tx, { entity: 'artifacts', id });
      const rows = await ws.table('artifactQuestions').list({ artifactId: id });
      sources.push({
        artifactId: id,
        questions: rows.map((q) => ({
          id: q.questionId,
          question: q.question,
          section: q.section,
          start: q.spanStart,
          end: q.spanEnd,
          empty: false,
        })),
      });
    }
    // A file already in the library is that document: one source, however it was named.
    for (const [i, artifact] of (await storeArtifacts(tx, parsed, options.details ?? {})).entries()) {
      if (sources.some((s) => s.artifactId === artifact.id)) continue;
      sources.push({ artifactId: artifact.id, questions: questionsOf(parsed[i]?.questions ?? []) });
    }
    for (const source of sources)
      await createRecord(tx, { entity: 'templateSources', input: { templateId: template.id, artifactId: source.artifactId } });
    const items = buildTemplate(sources.map((s) => s.questions));
    const questions = [];
    for (const [position, item] of items.entries()) {
      questions.push(
        await createRecord(tx, {
          entity: 'templateQuestions',
          input: { templateId: template.id, position, ...item, question: item.question.slice(0, 1_000) },
        }),
      );
    }
    return { ...template, questions, sources: sources.map((s) => s.artifactId) };
  });
}
