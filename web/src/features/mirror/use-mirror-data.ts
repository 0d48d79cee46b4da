import { useMutation, useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';
import type {
  FeedbackRecord,
  FeedbackReplyRecord,
  FeedbackRequestRecord,
  MirrorHistory,
  MirrorMentor,
  RecordPage,
} from './mirror-records.js';

/** The Mirror's three record lists, by their API path. */
type MirrorPath = 'feedback-requests' | 'feedback' | 'feedback-replies';

function useRecords<T>(path: MirrorPath) {
  return useQuery({
    queryKey: [path, 'all'],
    queryFn: () => api.get<RecordPage<T>>(`/api/${path}${query({ limit: 1000 })}`),
    select: (page) => page.items,
  });
}

/** Every feedback request, oldest first. */
export const useFeedbackRequests = () => useRecords<FeedbackRequestRecord>('feedback-requests');

/** Every piece of feedback logged, oldest first. */
export const useFeedback = () => useRecords<FeedbackRecord>('feedback');

/** Every reply to feedback, oldest first. */
export const useFeedbackReplies = () => useRecords<FeedbackReplyRecord>('feedback-replies');

/** Creates one Mirror record (`POST /api/<path>`) and refreshes everything shown. */
export function useCreateMirrorRecord<T>(path: MirrorPath) {
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<T>(`/api/${path}`, body),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** The Mirror's history, newest first: everyone's, or one mentor's (`GET /api/mirror`). */
export function useMirrorHistory(mentorId?: string) {
  return useQuery({
    queryKey: ['mirror', mentorId ?? 'all'],
    queryFn: () => api.get<MirrorHistory>(`/api/mirror${query({ mentorId })}`),
  });
}

/** The mentors a request or feedback can be tied to, by name. */
export function useMirrorMentors() {
  return useQuery({
    queryKey: ['mirror-mentors'],
    queryFn: () => api.get<RecordPage<MirrorMentor>>(`/api/mentors${query({ limit: 1000 })}`),
    select: (page) => page.items,
  });
}

/** Records the counter-behaviour adopted for a piece of feedback, dated today. */
export function useAdoptCounter() {
  return useMutation({
    mutationFn: (input: { feedbackId: string; counter: string }) =>
      api.post<FeedbackRecord>(`/api/feedback/${encodeURIComponent(input.feedbackId)}/adopt`, { counter: input.counter }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
