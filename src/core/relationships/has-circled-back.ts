import type { Workspace } from '../ports.js';
import { relationshipForMentor } from './relationship-for-mentor.js';

/**
 * Whether the relationship with a mentor has reached `circled-back` at least once: the
 * condition an escalation is checked against (SPEC §1.5, `no-circle-back`).
 */
export async function hasCircledBack(ctx: { ws: Workspace }, options: { mentorId: string; gapId?: string | undefined }): Promise<boolean> {
  const rel = await relationshipForMentor(ctx, options);
  return relationshipCircledBack(ctx.ws, rel.id);
}

/** Whether the relationship `relationshipId` has reached `circled-back` at least once (see `hasCircledBack`). */
export async function relationshipCircledBack(ws: Workspace, relationshipId: string): Promise<boolean> {
  return (await ws.table('transitions').list({ relationshipId })).some((t) => t.toStage === 'circled-back');
}
