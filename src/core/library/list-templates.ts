import type { Workspace } from '../ports.js';
import type { Template } from './schemas.js';

/** A template as lists show it: the record, how many questions it has, and the documents it was built from. */
export type TemplateSummary = Template & { questionCount: number; sources: string[] };

/**
 * Every template of the workspace, each with its question count and its source documents (ids,
 * in the order they were added). Reads each table once, whatever the number of templates.
 */
export async function listTemplates(ctx: { ws: Workspace }): Promise<TemplateSummary[]> {
  const [templates, questions, sources] = await Promise.all([
    ctx.ws.table('templates').list(),
    ctx.ws.table('templateQuestions').list(),
    ctx.ws.table('templateSources').list(),
  ]);
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.templateId, (counts.get(q.templateId) ?? 0) + 1);
  const sourcesOf = new Map<string, string[]>();
  for (const s of sources) sourcesOf.set(s.templateId, [...(sourcesOf.get(s.templateId) ?? []), s.artifactId]);
  return templates.map((t) => ({ ...t, questionCount: counts.get(t.id) ?? 0, sources: sourcesOf.get(t.id) ?? [] }));
}
