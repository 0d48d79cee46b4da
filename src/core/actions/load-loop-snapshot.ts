import type { Workspace } from '../ports.js';
import type { RowOf } from '../records/entities.js';
import type { User } from '../users/schemas.js';

/** The tables a mentor's plan reads: the mentor and everything that happened with them. */
export const mentorTables = [
  'mentors',
  'giveBacks',
  'relationships',
  'transitions',
  'messages',
  'advice',
  'meetings',
  'actionItems',
] as const;

/** The tables the loop reads: the workspace's own (outcomes, gaps, feedback) and the mentors'. */
export const loopTables = ['outcomes', 'checkins', 'gaps', 'feedbackRequests', 'feedback', ...mentorTables] as const;
export type LoopTable = (typeof loopTables)[number];

/** What happened in one relationship, each list in its table's order. */
export interface RelationshipRecords {
  messages: RowOf<'messages'>[];
  advice: RowOf<'advice'>[];
  meetings: RowOf<'meetings'>[];
  transitions: RowOf<'transitions'>[];
}

/** The records the loop reads, with lookups by id and by relationship. */
export type LoopRecords = { readonly [N in LoopTable]: RowOf<N>[] } & {
  mentorsById: ReadonlyMap<string, RowOf<'mentors'>>;
  relationshipsById: ReadonlyMap<string, RowOf<'relationships'>>;
  /** Records of each relationship; a relationship with none has empty lists. */
  records(relationshipId: string): RelationshipRecords;
};

/**
 * The workspace as the loop sees it on one day: every table read once, plus lookups by id
 * and by relationship, so rules never query per mentor or per relationship.
 */
export type LoopSnapshot = LoopRecords & {
  /** The reference date the rules judge against. */
  today: string;
  /** The workspace's user (role and level), when the caller knows it. */
  user: Pick<User, 'role' | 'level'> | null;
};

const none: RelationshipRecords = Object.freeze({ messages: [], advice: [], meetings: [], transitions: [] }) as RelationshipRecords;

type LoopTables = { [N in LoopTable]: RowOf<N>[] };

/** Indexes tables read for the loop (a table not read is an empty list). */
function indexLoopRecords(read: Partial<LoopTables>): LoopRecords {
  const tables = Object.fromEntries(loopTables.map((name) => [name, read[name] ?? []])) as LoopTables;
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
    ...tables,
    mentorsById: new Map(mentors.map((m) => [m.id, m])),
    relationshipsById: new Map(relationships.map((r) => [r.id, r])),
    records: (id) => byRelationship.get(id) ?? none,
  };
}

/**
 * Reads the loop's tables (all of them, or only `tables`: the others come back empty) once
 * each, concurrently, and indexes them. One read per table keeps the cost linear in the size
 * of the workspace, whatever the number of mentors.
 */
export async function loadLoopSnapshot(
  ctx: { ws: Workspace },
  options: { today: string; tables?: readonly LoopTable[]; user?: Pick<User, 'role' | 'level'> | null },
): Promise<LoopSnapshot> {
  const wanted = options.tables ?? loopTables;
  const read = await Promise.all(wanted.map(async (name) => [name, await ctx.ws.table(name).list()] as const));
  return { ...indexLoopRecords(Object.fromEntries(read)), today: options.today, user: options.user ?? null };
}

/**
 * Reads the records of some mentors (`'all'`: of every mentor): the tables of `mentorTables`,
 * each row that belongs to one of them, through their relationships and meetings.
 */
export async function loadMentorRecords(ws: Workspace, mentorIds: readonly string[] | 'all'): Promise<LoopRecords> {
  if (mentorIds === 'all') {
    const read = await Promise.all(mentorTables.map(async (name) => [name, await ws.table(name).list()] as const));
    return indexLoopRecords(Object.fromEntries(read));
  }
  const [mentors, giveBacks, relationships] = await Promise.all([
    ws.table('mentors').listIn('id', mentorIds),
    ws.table('giveBacks').listIn('mentorId', mentorIds),
    ws.table('relationships').listIn('mentorId', mentorIds),
  ]);
  const relationshipIds = relationships.map((r) => r.id);
  const [transitions, messages, advice, meetings] = await Promise.all([
    ws.table('transitions').listIn('relationshipId', relationshipIds),
    ws.table('messages').listIn('relationshipId', relationshipIds),
    ws.table('advice').listIn('relationshipId', relationshipIds),
    ws.table('meetings').listIn('relationshipId', relationshipIds),
  ]);
  const actionItems = await ws.table('actionItems').listIn(
    'meetingId',
    meetings.map((m) => m.id),
  );
  return indexLoopRecords({ mentors, giveBacks, relationships, transitions, messages, advice, meetings, actionItems });
}
