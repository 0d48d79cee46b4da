import { AppError } from '../errors.js';
import type { Context, ShareableEntity } from '../ports.js';
import { getTemplate } from './get-template.js';

/** What sharing or unsharing left: the item, whether it is shared, and since when. */
export interface ShareState {
  id: string;
  shared: boolean;
  sharedAt: string | null;
}

async function setShared(ctx: Context, entity: ShareableEntity, id: string, shared: boolean): Promise<ShareState | undefined> {
  const state = await ctx.ws.team.setShared(entity, id, shared ? ctx.clock.now() : null);
  return state && { id, shared: state.sharedAt !== null, sharedAt: state.sharedAt };
}

/**
 * Shares one of the user's library documents with the team, or stops sharing it. Others can
 * then find and read it, with the user named as its owner, but never change it. Sharing again
 * keeps the first sharing time. Another user's document is `not_found`, shared or not.
 */
export async function shareArtifact(ctx: Context, options: { id: string; shared: boolean }): Promise<ShareState> {
  const state = await setShared(ctx, 'artifacts', options.id, options.shared);
  if (!state) throw new AppError('not_found', `No artifact with id ${options.id}`, { id: options.id });
  return state;
}

/**
 * Shares one of the user's templates (by id or name) with the team, or stops sharing it. Its
 * questions are shared, not the documents it was built from: those are shared one by one.
 * Another user's template is `not_found`, shared or not.
 */
export async function shareTemplate(ctx: Context, options: { ref: string; shared: boolean }): Promise<ShareState> {
  const template = await getTemplate(ctx, { ref: options.ref });
  const state = await setShared(ctx, 'templates', template.id, options.shared);
  if (!state) throw new AppError('not_found', `No template with id or name "${options.ref}"`, { ref: options.ref });
  return state;
}
