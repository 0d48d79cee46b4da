import { checkDraft, type DraftCheck } from '../../analysis/questions/check-draft.js';
import type { Workspace } from '../ports.js';
import { getTemplate } from './get-template.js';
import { type DocumentFile, parseDocument } from './parse-document.js';

/**
 * Checks a draft file against a template (SPEC §1.7): which template questions it answers and
 * where, the coverage, and a hint for each missing question. Nothing is stored.
 */
export async function checkDraftFile(
  ctx: { ws: Workspace },
  options: { template: string; file: DocumentFile },
): Promise<DraftCheck & { template: string; file: string }> {
  const template = await getTemplate(ctx, { ref: options.template });
  const draft = await parseDocument(options.file);
  return { template: template.name, file: options.file.name, ...checkDraft(template.questions, draft.questions) };
}
