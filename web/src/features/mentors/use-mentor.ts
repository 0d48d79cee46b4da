import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query, RequestError } from '../../api/client.js';
import type { Evidence, GiveBack, MeetingLog, MenteeRecord, Mentor, MentorHistory, PageOf, Relationship } from './mentor-records.js';

const id = (value: string) => encodeURIComponent(value);

/** A write to the API that refreshes every query once it succeeds. */
export function useSave<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries() });
}

/**
 * A mentor with evidence, give-backs and the full history of each relationship. An unknown
 * id is looked up in the list first, so a stale link shows "not found" without a failed request.
 */
export function useMentorHistory(mentorId: string) {
  return useQuery({
    queryKey: ['mentors', mentorId, 'history'],
    queryFn: async () => {
      const found = await api.get<PageOf<Mentor>>(`/api/mentors${query({ id: mentorId, limit: 1 })}`);
      if (found.items.length === 0) throw new RequestError(404, 'not_found', 'There is no mentor with this id.');
      return api.get<MentorHistory>(`/api/mentors/${id(mentorId)}/history`);
    },
  });
}

/** Your record as a mentee in one relationship, with the escalation suggestion. */
export function useMenteeRecord(relationshipId: string) {
  return useQuery({
    queryKey: ['relationships', relationshipId, 'mentee-record'],
    queryFn: () => api.get<MenteeRecord>(`/api/relationships/${id(relationshipId)}/mentee-record`),
  });
}

/** Changes a mentor's fields (scores, personal interests …). */
export function useUpdateMentor(mentorId: string) {
  return useSave((patch: Partial<Mentor>) => api.patch<Mentor>(`/api/mentors/${id(mentorId)}`, patch));
}

/** Adds a link or note backing one of the two scores. */
export function useAddEvidence() {
  return useSave((input: Pick<Evidence, 'mentorId' | 'criterion'> & { url?: string; note?: string }) =>
    api.post<Evidence>('/api/evidence', input),
  );
}

/** Records something offered or given back to the mentor. */
export function useAddGiveBack() {
  return useSave((input: { mentorId: string; description: string; date?: string }) => api.post<GiveBack>('/api/give-backs', input));
}

/** Changes a relationship's cadence (the stage changes only through a move). */
export function useUpdateRelationship(relationshipId: string) {
  return useSave((patch: Partial<Relationship>) => api.patch<Relationship>(`/api/relationships/${id(relationshipId)}`, patch));
}

/** Moves a relationship to a stage; the server refuses a move the loop does not allow. */
export function useMoveStage(relationshipId: string) {
  return useSave((move: { to: string; note?: string }) => api.post<Relationship>(`/api/relationships/${id(relationshipId)}/moves`, move));
}

/** Logs a meeting with its objective, notes and action items. */
export function useLogMeeting() {
  return useSave((input: MeetingLog) => api.post<unknown>('/api/meetings', input));
}

/** Marks an action item done on a date, or not done (`null`). */
export function useMarkActionItem() {
  return useSave((input: { id: string; doneOn: string | null }) =>
    api.patch<unknown>(`/api/action-items/${id(input.id)}`, { doneOn: input.doneOn }),
  );
}
