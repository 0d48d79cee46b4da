import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query, RequestError } from '../../api/client.js';
import type { MenteeRecord } from '../mentors/mentor-records.js';
import type {
  ConversationView,
  DirectoryEntry,
  InAppMessage,
  Offer,
  OfferInput,
  OpenedConversation,
  ReplyResult,
  SendResult,
  TeamShortlist,
} from './mentoring-records.js';

/** Every query of team mentoring starts with this key. */
const scope = 'mentoring';
const inboxKey = [scope, 'inbox'];
const id = (value: string) => encodeURIComponent(value);

/** How often the inbox is asked again while the app is open, so what arrives shows without a reload. */
const INBOX_REFRESH_MS = 30_000;

/** The signed-in member's offer to mentor, or null when they offer none (the API answers 404). */
export function useOwnOffer() {
  return useQuery({
    queryKey: [scope, 'offer'],
    queryFn: async () => {
      try {
        return await api.get<Offer>('/api/team/offer');
      } catch (error) {
        if (error instanceof RequestError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** A write that refreshes every query once it succeeds: offers, shortlists, histories and inboxes move together. */
function useWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: write, onSuccess: () => client.invalidateQueries() });
}

/** Makes or replaces the member's offer to mentor. */
export function useSaveOffer() {
  return useWrite((input: OfferInput) => api.put<Offer>('/api/team/offer', input));
}

/** Withdraws the member's offer: they leave the directory; conversations under way go on. */
export function useWithdrawOffer() {
  return useWrite(() => api.delete('/api/team/offer'));
}

/** The members who offer to mentor, by name; with `skill`, only those offering it. */
export function useDirectory(skill: string | null = null) {
  return useQuery({
    queryKey: [scope, 'directory', skill],
    queryFn: async () => (await api.get<{ items: DirectoryEntry[] }>(`/api/team/directory${query({ skill })}`)).items,
  });
}

/** Own mentors and colleagues ranked for a skill gap, and the colleagues without room. */
export function useTeamShortlist(gapId: string, limit: number) {
  return useQuery({
    queryKey: [scope, 'shortlist', gapId, limit],
    queryFn: () => api.get<TeamShortlist>(`/api/team/shortlist${query({ gapId, limit })}`),
  });
}

/** The member's conversations, as mentee and as mentor, the most recently active first; asked again now and then. */
export function useInbox(enabled = true) {
  return useQuery({
    queryKey: inboxKey,
    queryFn: async () => (await api.get<{ items: ConversationView[] }>('/api/team/inbox')).items,
    enabled,
    refetchInterval: INBOX_REFRESH_MS,
  });
}

/** One conversation with its messages; opening it marks what was sent to the reader read, so the inbox is asked again. */
export function useConversation(conversationId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [scope, 'conversation', conversationId],
    queryFn: async () => {
      const unread = client.getQueryData<ConversationView[]>(inboxKey)?.find((c) => c.id === conversationId)?.unread ?? 0;
      const opened = await api.get<OpenedConversation>(`/api/team/conversations/${id(conversationId)}`);
      if (unread > 0) void client.invalidateQueries({ queryKey: inboxKey });
      return opened;
    },
  });
}

/** Sends a message to a colleague in the app; the answer says whether its check held it back. */
export function useSendInApp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (message: InAppMessage) => api.post<SendResult>('/api/team/messages', message),
    onSuccess: (result) => {
      if (result.sent) void client.invalidateQueries();
    },
  });
}

/** The mentor's reply in a conversation. */
export function useReplyInApp(conversationId: string) {
  return useWrite((body: string) => api.post<ReplyResult>(`/api/team/conversations/${id(conversationId)}/reply`, { body }));
}

/** The mentee lets the mentor see their record as a mentee in this relationship, or stops. */
export function useShareRecord(conversationId: string) {
  return useWrite((shared: boolean) =>
    api.post<ConversationView>(`/api/team/conversations/${id(conversationId)}/record-sharing`, { shared }),
  );
}

/** The mentee's record in a conversation, for its mentor, when the mentee shares it; idle otherwise. */
export function useSharedMenteeRecord(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: [scope, 'conversation', conversationId, 'mentee-record'],
    queryFn: () => api.get<MenteeRecord>(`/api/team/conversations/${id(conversationId)}/mentee-record`),
    enabled,
  });
}
