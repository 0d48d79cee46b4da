import type { Workspace } from '../ports.js';
import { hasPassedCircleBack } from './passed-check.js';
import { relationshipForMentor } from './relationship-for-mentor.js';

/**
 * Whether the relationship with a mentor holds a circle-back that passed its check: the
 * condition an escalation is checked against (SPEC §1.5, `no-circle-back`) and allowed by.
 */
export async function hasCircledBack(ctx: { ws: Workspace }, options: { mentorId: string; gapId?: string | undefined }): Promise<boolean> {
  const rel = await relationshipForMentor(ctx, options);
  return relationshipCircledBack(ctx.ws, rel.id);
}

/** Whether the relationship `relationshipId` holds a circle-back that passed its check (see `hasCircledBack`). */
export async function relationshipCircledBack(ws: Workspace, relationshipId: string): Promise<boolean> {
  return hasPassedCircleBack(await ws.table('messages').list({ relationshipId, kind: 'circle-back' }));
}
