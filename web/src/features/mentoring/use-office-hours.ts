import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Booked, Booking, OfficeHoursView } from './office-hours-records.js';

const officeHoursKey = (mentorUserId: string) => ['mentoring', 'office-hours', mentorUserId];
const bookingsKey = ['mentoring', 'bookings'];

/** A colleague's office hours over the next weeks and whether the reader may book them; idle until `enabled`. */
export function useOfficeHours(mentorUserId: string, enabled: boolean) {
  return useQuery({
    queryKey: officeHoursKey(mentorUserId),
    queryFn: () => api.get<OfficeHoursView>(`/api/team/mentors/${encodeURIComponent(mentorUserId)}/office-hours`),
    enabled,
  });
}

/** The reader's office hours to come, as mentee and as mentor, soonest first. */
export function useBookings() {
  return useQuery({
    queryKey: bookingsKey,
    queryFn: async () => (await api.get<{ items: Booking[] }>('/api/team/bookings')).items,
  });
}

/**
 * Books one start of a colleague's office hours. Either way the slots are asked again: after a
 * booking the start is taken, and a refusal (someone booked it first) shows it taken too.
 */
export function useBookOfficeHours(mentorUserId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (startsAt: string) => api.post<Booked>('/api/team/bookings', { mentorUserId, startsAt }),
    onSuccess: () => client.invalidateQueries(),
    onError: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: officeHoursKey(mentorUserId) }),
        client.invalidateQueries({ queryKey: bookingsKey }),
      ]),
  });
}

/** Cancels one of the reader's bookings; the slots and the lists are asked again. */
export function useCancelBooking() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (bookingId: string) => api.delete(`/api/team/bookings/${encodeURIComponent(bookingId)}`),
    onSettled: () => client.invalidateQueries({ queryKey: ['mentoring'] }),
  });
}
