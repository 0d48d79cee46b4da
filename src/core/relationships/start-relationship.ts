import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { checkRefs } from '../records/check-refs.js';
import { dropUndefined } from '../records/create-record.js';
import { entities } from '../records/entities.js';
import { parseInput } from '../records/parse-input.js';
import { type Relationship, relationshipCreate, relationshipSchema } from './schemas.js';

/**
 * Opens a relationship with a mentor at `prospect`, recording that first stage with its date.
 * One mentor has at most one relationship per skill gap.
 */
export async function startRelationship(ctx: Context, options: { input: unknown }): Promise<Relationship> {
  const input = parseInput(relationshipCreate, options.input, 'relationship');
  const now = ctx.clock.now();
  const today = ctx.clock.today();
  const row = parseInput(
    relationshipSchema,
    {
      ...entities.relationships.defaults(ctx.clock),
      ...dropUndefined(input),
      id: ctx.newId(),
      userId: ctx.ws.userId,
      createdAt: now,
      updatedAt: now,
    },
    'relationship',
  );
  return ctx.ws.transaction(async (ws) => {
    await checkRefs(ws, 'relationships', row);
    const existing = await ws.table('relationships').list({ mentorId: row.mentorId, gapId: row.gapId });
    if (existing.length > 0) {
      throw new AppError('conflict', `This mentor already has a relationship for that skill gap (id ${existing[0]?.id})`);
    }
    await ws.table('relationships').insert(row);
    await ws.table('transitions').insert({
      id: ctx.newId(),
      userId: ws.userId,
      relationshipId: row.id,
      fromStage: null,
      toStage: 'prospect',
      date: today,
      note: null,
      createdAt: now,
      updatedAt: now,
    });
    return row;
  });
}
