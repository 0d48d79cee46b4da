import { boardStages, daysSince } from './board-stages.js';
import type { Mentor, Relationship, Stage } from './mentor-records.js';

/** A board column: a stage, or `none` for mentors with no relationship yet (imported contacts). */
export type ColumnId = Stage | 'none';

/** One card: a relationship with its mentor, or a mentor with no relationship yet. */
export interface BoardCard {
  /** Unique on the board: the relationship's id, or `mentor:<id>` for a mentor with none. */
  key: string;
  relationshipId: string | null;
  mentor: Mentor;
  column: ColumnId;
  /** Days in the current stage; null for a mentor with no relationship. */
  days: number | null;
}

/** True when the mentor's name (or company) contains the search words, ignoring case. */
function matches(mentor: Mentor, search: string): boolean {
  if (!search) return true;
  const hay = `${mentor.name} ${mentor.company ?? ''}`.toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

/**
 * Lays the workspace out as cards: one per relationship, plus one per mentor who has no
 * relationship yet, filtered by the search and sorted by name within each column.
 */
export function boardCards(
  mentors: readonly Mentor[],
  relationships: readonly Relationship[],
  search: string,
  today?: string,
): BoardCard[] {
  const byId = new Map(mentors.map((m) => [m.id, m]));
  const started = new Set<string>();
  const cards: BoardCard[] = [];
  const term = search.trim();
  for (const r of relationships) {
    started.add(r.mentorId);
    const mentor = byId.get(r.mentorId);
    if (!mentor || !matches(mentor, term)) continue;
    cards.push({ key: r.id, relationshipId: r.id, mentor, column: r.stage, days: daysSince(r.stageSince, today) });
  }
  for (const mentor of mentors) {
    if (started.has(mentor.id) || !matches(mentor, term)) continue;
    cards.push({ key: `mentor:${mentor.id}`, relationshipId: null, mentor, column: 'none', days: null });
  }
  return cards.sort((a, b) => a.mentor.name.localeCompare(b.mentor.name));
}

/** Cards grouped by column, every stage present (empty or not). */
export function cardsByColumn(cards: readonly BoardCard[]): Map<ColumnId, BoardCard[]> {
  const columns = new Map<ColumnId, BoardCard[]>(boardStages.map((s) => [s.stage, []]));
  for (const card of cards) {
    const list = columns.get(card.column) ?? [];
    list.push(card);
    columns.set(card.column, list);
  }
  return columns;
}

/** The display name of a column. */
export function columnLabel(column: ColumnId): string {
  if (column === 'none') return 'No relationship yet';
  return boardStages.find((s) => s.stage === column)?.label ?? column;
}
