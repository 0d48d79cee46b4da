import type { Workspace } from '../ports.js';
import { relationshipForMentor } from './relationship-for-mentor.js';

/**
 * Whether the relationship with a mentor has reached `circled-back` at least once: the
 * condition an escalation is checked against (SPEC §1.5, `no-circle-back`).
 */
export async function hasCircledBack(ctx: { ws: Workspace }, options: { mentorId: string; gapId?: string | undefined }): Promise<boolean> {
  const rel = await relationshipForMentor(ctx, options);
  return (await ctx.ws.table('transitions').list({ relationshipId: rel.id })).some((t) => t.toStage === 'circled-back');
}
