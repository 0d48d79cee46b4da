import { useMutation, useQuery } from '@tanstack/react-query';
import { api, query, RequestError } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';
import type { ComposeKind, LoggedMessage, MentorHistoryRecord, MentorRecord, RecordPage, RelationshipRecord } from './compose-records.js';

/** Every mentor, by name, for the recipient picker. */
export function useMentors() {
  return useQuery({
    queryKey: ['mentors', 'all'],
    queryFn: () => api.get<RecordPage<MentorRecord>>(`/api/mentors${query({ limit: 1000 })}`),
    select: (page) => page.items,
  });
}

/** One mentor's history (relationships, stages, messages); idle until a mentor is chosen. */
export function useMentorHistory(mentorId: string | null) {
  return useQuery({
    queryKey: ['mentors', mentorId, 'history'],
    queryFn: () => api.get<MentorHistoryRecord>(`/api/mentors/${encodeURIComponent(mentorId ?? '')}/history`),
    enabled: Boolean(mentorId),
  });
}

/** What "log as sent" needs: the relationship when there is one, else the mentor to open one with. */
export interface LogRequest {
  mentorId: string;
  mentorName: string;
  relationshipId: string | null;
  kind: ComposeKind;
  subject: string;
  body: string;
  /** For a circle-back: the advice it reports on. */
  adviceIds?: string[];
  /** Log a follow-up sent before the wait after the ask. */
  force?: boolean;
}

/**
 * Logs a message as sent (`POST /api/messages`), which checks it and moves the stage. A first
 * ask to a mentor with no relationship opens one at prospect first; any other kind needs the
 * ask logged before it, so nothing is written and the reason is given.
 */
export function useLogMessage() {
  return useMutation({
    mutationFn: async (request: LogRequest): Promise<LoggedMessage> => {
      let relationshipId = request.relationshipId;
      if (!relationshipId) {
        if (request.kind !== 'ask') {
          throw new RequestError(409, 'illegal_transition', `Log your first ask to ${request.mentorName} before a ${request.kind}`);
        }
        relationshipId = (await api.post<RelationshipRecord>('/api/relationships', { mentorId: request.mentorId })).id;
      }
      const subject = request.subject.trim();
      return api.post<LoggedMessage>('/api/messages', {
        relationshipId,
        kind: request.kind,
        body: request.body,
        ...(subject ? { subject } : {}),
        ...(request.kind === 'circle-back' && request.adviceIds?.length ? { adviceIds: request.adviceIds } : {}),
        ...(request.force ? { force: true } : {}),
      });
    },
    // Also after a failure: the relationship may have been opened before the message was refused.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
