import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { Relationship } from './schemas.js';

/**
 * The relationship with a mentor, for commands that name the mentor rather than the
 * relationship. A mentor with several relationships (one per skill gap) needs the gap named.
 */
export async function relationshipForMentor(
  ctx: { ws: Workspace },
  options: { mentorId: string; gapId?: string | undefined },
): Promise<Relationship> {
  const mentor = await getRecord(ctx, { entity: 'mentors', id: options.mentorId });
  const all = await ctx.ws.table('relationships').list({ mentorId: mentor.id });
  const matching = options.gapId ? all.filter((r) => r.gapId === options.gapId) : all;
  const [first, second] = matching;
  if (!first) {
    throw new AppError('not_found', `${mentor.name} has no relationship${options.gapId ? ' for that skill gap' : ''} yet`);
  }
  if (second) throw new AppError('invalid_input', `${mentor.name} has several relationships; name the skill gap`);
  return first;
}
