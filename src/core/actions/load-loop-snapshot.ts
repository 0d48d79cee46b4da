import type { Workspace } from '../ports.js';
import type { RowOf } from '../records/entities.js';
import type { User } from '../users/schemas.js';

/** The tables the loop reads: next actions, losing touch and the doctor. */
export const loopTables = [
  'outcomes',
  'checkins',
  'gaps',
  'mentors',
  'giveBacks',
  'relationships',
  'transitions',
  'messages',
  'advice',
  'meetings',
  'actionItems',
  'feedbackRequests',
] as const;
export type LoopTable = (typeof loopTables)[number];

/** What happened in one relationship, each list in its table's order. */
export interface RelationshipRecords {
  messages: RowOf<'messages'>[];
  advice: RowOf<'advice'>[];
  meetings: RowOf<'meetings'>[];
  transitions: RowOf<'transitions'>[];
}

/**
 * The workspace as the loop sees it on one day: every table read once, plus lookups by id
 * and by relationship, so rules never query per mentor or per relationship.
 */
export type LoopSnapshot = { readonly [N in LoopTable]: RowOf<N>[] } & {
  /** The reference date the rules judge against. */
  today: string;
  /** The workspace's user (role and level), when the caller knows it. */
  user: Pick<User, 'role' | 'level'> | null;
  mentorsById: ReadonlyMap<string, RowOf<'mentors'>>;
  relationshipsById: ReadonlyMap<string, RowOf<'relationships'>>;
  /** Records of each relationship; a relationship with none has empty lists. */
  records(relationshipId: string): RelationshipRecords;
};

const none: RelationshipRecords = Object.freeze({ messages: [], advice: [], meetings: [], transitions: [] }) as RelationshipRecords;

/**
 * Reads the loop's tables (all of them, or only `tables`: the others come back empty) once
 * each, concurrently, and indexes them. One read per table keeps the cost linear in the size
 * of the workspace, whatever the number of mentors.
 */
export async function loadLoopSnapshot(
  ctx: { ws: Workspace },
  options: { today: string; tables?: readonly LoopTable[]; user?: Pick<User, 'role' | 'level'> | null },
): Promise<LoopSnapshot> {
  const wanted = new Set(options.tables ?? loopTables);
  const read = async (name: LoopTable) => [name, wanted.has(name) ? await ctx.ws.table(name).list() : []] as const;
  const tables = Object.fromEntries(await Promise.all(loopTables.map(read))) as { [N in LoopTable]: RowOf<N>[] };
  const { mentors, relationships, transitions, messages, advice, meetings } = tables;
  const byRelationship = new Map<string, RelationshipRecords>();
  const recordsOf = (id: string) => {
    let found = byRelationship.get(id);
    if (!found) {
      found = { messages: [], advice: [], meetings: [], transitions: [] };
      byRelationship.set(id, found);
    }
    return found;
  };
  for (const m of messages) recordsOf(m.relationshipId).messages.push(m);
  for (const a of advice) recordsOf(a.relationshipId).advice.push(a);
  for (const m of meetings) recordsOf(m.relationshipId).meetings.push(m);
  for (const t of transitions) recordsOf(t.relationshipId).transitions.push(t);
  return {
    today: options.today,
    user: options.user ?? null,
    ...tables,
    mentorsById: new Map(mentors.map((m) => [m.id, m])),
    relationshipsById: new Map(relationships.map((r) => [r.id, r])),
    records: (id) => byRelationship.get(id) ?? none,
  };
}
