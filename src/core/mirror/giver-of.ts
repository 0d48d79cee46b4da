import { AppError } from '../errors.js';
import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';

/**
 * Who gives (or is asked for) feedback: the name given, else the mentor's name. A mentor named
 * by id must exist; one of the two is needed.
 */
export async function giverOf(
  ctx: { ws: Workspace },
  options: { giverName?: string | undefined; mentorId?: string | null | undefined; fallback?: string | undefined },
): Promise<string> {
  const mentor = options.mentorId ? await getRecord(ctx, { entity: 'mentors', id: options.mentorId }) : null;
  const name = options.giverName ?? mentor?.name ?? options.fallback;
  if (name === undefined) throw new AppError('invalid_input', 'Say who gives the feedback: their name, or the mentor');
  return name;
}
