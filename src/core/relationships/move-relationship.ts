import { isIsoDate } from '../clock.js';
import { AppError } from '../errors.js';
import type { Context, Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import { relationshipCircledBack } from './has-circled-back.js';
import type { Relationship } from './schemas.js';
import { type Stage, stages } from './schemas.js';
import { whyIllegal } from './stages.js';

/**
 * Moves a relationship to another stage on a date (default today), enforcing the loop of
 * SPEC §1.4: an illegal move is an `illegal_transition` error and nothing is written. By hand
 * a relationship never moves to `circled-back` — only a logged circle-back that passes its
 * check does that — and moves to `escalated` only once such a circle-back exists.
 */
export async function moveRelationship(
  ctx: Context,
  options: { relationshipId: string; to: string; date?: string | undefined; note?: string | undefined },
): Promise<Relationship> {
  return ctx.ws.transaction(async (ws) => {
    const rel = await getRecord({ ws }, { entity: 'relationships', id: options.relationshipId });
    // The loop's own refusal comes first; these rules only narrow moves the loop allows.
    if (whyIllegal(rel.stage, options.to as Stage)) return applyMove({ ...ctx, ws }, options);
    if (options.to === 'circled-back') {
      throw new AppError(
        'illegal_transition',
        'A relationship moves to circled-back when you log a circle-back that names the advice and reports its result, and its check passes',
        { to: options.to },
      );
    }
    if (options.to === 'escalated' && !(await relationshipCircledBack(ws, rel.id))) {
      throw new AppError('illegal_transition', 'Escalation comes only after a circle-back that passed its check', { to: options.to });
    }
    return applyMove({ ...ctx, ws }, options);
  });
}

/** The move itself, for use inside a caller's transaction. */
export async function applyMove(
  ctx: Context & { ws: Workspace },
  options: { relationshipId: string; to: string; date?: string | undefined; note?: string | undefined },
): Promise<Relationship> {
  const { ws, clock } = ctx;
  if (!(stages as readonly string[]).includes(options.to)) {
    throw new AppError('invalid_input', `Unknown stage "${options.to}". Stages: ${stages.join(', ')}`);
  }
  const to = options.to as Stage;
  const date = options.date ?? clock.today();
  if (!isIsoDate(date)) throw new AppError('invalid_input', `Invalid date "${date}": write it YYYY-MM-DD`);
  if (date > clock.today()) throw new AppError('invalid_input', `A stage move cannot be dated in the future (${date})`);
  if (options.note !== undefined && options.note.length > 5_000) {
    throw new AppError('invalid_input', 'A stage note is limited to 5,000 characters');
  }
  const rel = await getRecord({ ws }, { entity: 'relationships', id: options.relationshipId });
  const illegal = whyIllegal(rel.stage, to);
  if (illegal) throw new AppError('illegal_transition', illegal.charAt(0).toUpperCase() + illegal.slice(1), { from: rel.stage, to });
  if (date < rel.stageSince) {
    throw new AppError('illegal_transition', `A move cannot be dated ${date}, before the current stage began (${rel.stageSince})`);
  }
  const now = clock.now();
  await ws.table('transitions').insert({
    id: ctx.newId(),
    userId: ws.userId,
    relationshipId: rel.id,
    fromStage: rel.stage,
    toStage: to,
    date,
    note: options.note ?? null,
    createdAt: now,
    updatedAt: now,
  });
  const changes = { stage: to, stageSince: date, updatedAt: now };
  await ws.table('relationships').update(rel.id, changes);
  return { ...rel, ...changes };
}
