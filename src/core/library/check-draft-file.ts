import { checkDraft, type DraftCheck } from '../../analysis/questions/check-draft.js';
import { isAppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { getTemplate } from './get-template.js';
import { type DocumentFile, parseDocument } from './parse-document.js';
import type { TemplateQuestion } from './schemas.js';

/**
 * The template a draft is checked against: the user's own, by id or name, or else one a member
 * shared with the team, by id. Another member's unshared template is `not_found`, like any
 * unknown one.
 */
async function templateFor(ctx: { ws: Workspace }, ref: string): Promise<{ name: string; questions: TemplateQuestion[] }> {
  try {
    return await getTemplate(ctx, { ref });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'not_found') throw error;
    const shared = await ctx.ws.team.getTemplate(ref);
    if (!shared) throw error;
    return shared;
  }
}

/**
 * Checks a draft file against a template (SPEC §1.7), the user's own or one shared with the
 * team: which template questions it answers and where, the coverage, and a hint for each
 * missing question. Nothing is stored.
 */
export async function checkDraftFile(
  ctx: { ws: Workspace },
  options: { template: string; file: DocumentFile },
): Promise<DraftCheck & { template: string; file: string }> {
  const template = await templateFor(ctx, options.template);
  const draft = await parseDocument(options.file);
  return { template: template.name, file: options.file.name, ...checkDraft(template.questions, draft.questions) };
}
