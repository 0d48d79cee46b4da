import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api/client.js';
import { isoToday } from './board-stages.js';
import type { ImportResult, Mentor, PageOf, Relationship, Stage, StageMoves } from './mentor-records.js';

/** The largest page a list route gives. */
const PAGE = 1_000;

/** Reads every record of a list route, a page at a time. */
async function listAll<T>(path: string): Promise<T[]> {
  const all: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await api.get<PageOf<T>>(`${path}${query({ limit: PAGE, offset })}`);
    all.push(...page.items);
    if (page.items.length < PAGE) return all;
  }
}

/** Query keys of the board, so an optimistic move can edit the cached relationships. */
export const boardKeys = { mentors: ['mentors', 'all'] as const, relationships: ['relationships', 'all'] as const };

/** Every mentor, sorted by name (the server's order). */
export function useAllMentors() {
  return useQuery({ queryKey: boardKeys.mentors, queryFn: () => listAll<Mentor>('/api/mentors') });
}

/**
 * The legal moves from each stage, as the server's rules say: the board and "Move to stage"
 * offer only these, and follow the rules when they change.
 */
export function useStageMoves() {
  return useQuery({
    queryKey: ['stage-moves'],
    queryFn: () => api.get<StageMoves>('/api/stage-moves'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Every relationship. */
export function useAllRelationships() {
  return useQuery({ queryKey: boardKeys.relationships, queryFn: () => listAll<Relationship>('/api/relationships') });
}

/**
 * Moves a relationship to another stage. The card moves at once; when the server refuses
 * the move (the loop's rules, 409), the cached board is put back, so the card snaps back.
 */
export function useMoveRelationship() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (move: { id: string; to: Stage }) =>
      api.post<Relationship>(`/api/relationships/${encodeURIComponent(move.id)}/moves`, { to: move.to }),
    onMutate: async (move) => {
      await client.cancelQueries({ queryKey: boardKeys.relationships });
      const before = client.getQueryData<Relationship[]>(boardKeys.relationships);
      client.setQueryData<Relationship[]>(boardKeys.relationships, (rows) =>
        rows?.map((r) => (r.id === move.id ? { ...r, stage: move.to, stageSince: isoToday() } : r)),
      );
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) client.setQueryData(boardKeys.relationships, context.before);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}

/** The fields of the "Add mentor" form, as the API takes them. */
export interface NewMentor {
  name: string;
  title?: string;
  company?: string;
  expertise?: string[];
  whereFound?: string;
  email?: string;
  profileUrl?: string;
  personalInterests?: string[];
  excellenceScore?: number;
  explainingScore?: number;
}

/** What the relationship opened with a new mentor serves, when known (the coach passes its gap). */
export interface MentorLink {
  gapId?: string;
  outcomeId?: string;
}

/** Adds a mentor and opens the relationship at prospect, linked to a gap or outcome when given. */
export function useAddMentor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ mentor, link }: { mentor: NewMentor; link?: MentorLink | undefined }) =>
      api.post<{ mentor: Mentor; relationship: Relationship }>('/api/mentors/with-relationship', { mentor, ...link }),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Opens a relationship at prospect with a mentor who has none (an imported contact). */
export function useStartRelationship() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mentorId: string) => api.post<Relationship>('/api/relationships', { mentorId }),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Imports contacts (LinkedIn `Connections.csv`, vCard or CSV) as mentors. */
export function useImportContacts() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: { file: File; format: string; dryRun: boolean }) => {
      const form = new FormData();
      form.append('file', upload.file);
      if (upload.format) form.append('format', upload.format);
      if (upload.dryRun) form.append('dryRun', 'true');
      return api.post<ImportResult>('/api/import', form);
    },
    onSuccess: () => client.invalidateQueries(),
  });
}
