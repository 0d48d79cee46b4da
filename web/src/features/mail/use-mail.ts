import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { CalendarFeedState, MadeCalendarFeed, MailSettings, MailSettingsChange } from './mail-records.js';

const settingsKey = ['mail-settings'];
const feedKey = ['calendar-feed'];

/** The signed-in member's mail settings, and whether the server sends mail at all. */
export function useMailSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<MailSettings>('/api/team/mail-settings') });
}

/** Changes the digest choice or the notices; the answer is the settings as saved. */
export function useChangeMailSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: MailSettingsChange) => api.put<MailSettings>('/api/team/mail-settings', change),
    onSuccess: (saved) => client.setQueryData(settingsKey, saved),
  });
}

/** Whether the member has a calendar feed. */
export function useCalendarFeed() {
  return useQuery({ queryKey: feedKey, queryFn: () => api.get<CalendarFeedState>('/api/team/calendar-feed') });
}

/** Makes (or replaces) the calendar feed: its address is in the answer and nowhere else. */
export function useMakeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MadeCalendarFeed>('/api/team/calendar-feed'),
    onSuccess: (made) => client.setQueryData<CalendarFeedState>(feedKey, { exists: true, createdAt: made.createdAt }),
  });
}

/** Revokes the calendar feed: its address stops working at once. */
export function useRevokeCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/team/calendar-feed'),
    onSuccess: () => client.setQueryData<CalendarFeedState>(feedKey, { exists: false, createdAt: null }),
  });
}
