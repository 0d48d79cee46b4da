import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import type { RowOf } from '../records/entities.js';
import type { Relationship } from './schemas.js';
import { startRelationship } from './start-relationship.js';

/**
 * Adds a mentor and opens the relationship at `prospect`, optionally tied to the outcome and
 * skill gap it serves, in one transaction.
 */
export async function addMentor(
  ctx: Context,
  options: { input: unknown; outcomeId?: string | undefined; gapId?: string | undefined },
): Promise<{ mentor: RowOf<'mentors'>; relationship: Relationship }> {
  return ctx.ws.transaction(async (ws) => {
    const inner = { ...ctx, ws };
    const mentor = await createRecord(inner, { entity: 'mentors', input: options.input });
    const relationship = await startRelationship(inner, {
      input: { mentorId: mentor.id, outcomeId: options.outcomeId, gapId: options.gapId },
    });
    return { mentor, relationship };
  });
}
