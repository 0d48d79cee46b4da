import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Checkin, DoctorReport, NextActionsReport, Outcome, Page } from './dashboard-records.js';

/** Next actions for the coming week, with the losing-touch list. */
export function useNextActions() {
  return useQuery({ queryKey: ['next-actions', 7], queryFn: () => api.get<NextActionsReport>('/api/next-actions?days=7') });
}

/** The doctor's findings as of today. */
export function useDoctor() {
  return useQuery({ queryKey: ['doctor'], queryFn: () => api.get<DoctorReport>('/api/doctor') });
}

/** Active outcomes with their check-ins, oldest first, for the progress charts. */
export function useOutcomeProgress() {
  return useQuery({
    queryKey: ['outcome-progress'],
    queryFn: async () => {
      const [outcomes, checkins] = await Promise.all([
        api.get<Page<Outcome>>('/api/outcomes?status=active&limit=100'),
        api.get<Page<Checkin>>('/api/checkins?limit=1000'),
      ]);
      return outcomes.items.map((outcome) => ({
        outcome,
        checkins: checkins.items.filter((c) => c.outcomeId === outcome.id).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
      }));
    },
  });
}
