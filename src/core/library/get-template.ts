import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import type { Template, TemplateQuestion } from './schemas.js';

/** A template with its questions in order and the ids of the documents it was built from. */
export type TemplateWithQuestions = Template & { questions: TemplateQuestion[]; sources: string[] };

/** A template by id or by name, with its questions and sources; `not_found` when neither matches. */
export async function getTemplate(ctx: { ws: Workspace }, options: { ref: string }): Promise<TemplateWithQuestions> {
  const table = ctx.ws.table('templates');
  const template = (await table.get(options.ref)) ?? (await table.list({ name: options.ref.trim() }))[0];
  if (!template) throw new AppError('not_found', `No template with id or name "${options.ref}"`, { ref: options.ref });
  const questions = await ctx.ws.table('templateQuestions').list({ templateId: template.id });
  const sources = (await ctx.ws.table('templateSources').list({ templateId: template.id })).map((s) => s.artifactId);
  return { ...template, questions, sources };
}
