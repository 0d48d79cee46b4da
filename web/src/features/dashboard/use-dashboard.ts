import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api/client.js';
import type { Checkin, DoctorReport, Gap, NextActionsReport, Outcome, Page } from './dashboard-records.js';

/** Next actions for the coming week, with the losing-touch list. */
export function useNextActions() {
  return useQuery({ queryKey: ['next-actions', 7], queryFn: () => api.get<NextActionsReport>('/api/next-actions?days=7') });
}

/** The doctor's findings as of today. */
export function useDoctor() {
  return useQuery({ queryKey: ['doctor'], queryFn: () => api.get<DoctorReport>('/api/doctor') });
}

/** How many active outcomes get a progress chart; the framework works on one or two at a time. */
export const CHARTED = 12;

const byDate = (a: Checkin, b: Checkin) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The first active outcomes, each with its check-ins oldest first for the progress charts,
 * whether there are more, and whether any skill gap is active (the next step the dashboard
 * teaches once an outcome exists).
 */
export function useOutcomeProgress() {
  return useQuery({
    queryKey: ['outcome-progress'],
    queryFn: async () => {
      const [outcomes, gaps] = await Promise.all([
        api.get<Page<Outcome>>(`/api/outcomes${query({ status: 'active', limit: CHARTED + 1 })}`),
        api.get<Page<Gap>>(`/api/gaps${query({ status: 'active', limit: 1 })}`),
      ]);
      const progress = await Promise.all(
        outcomes.items.slice(0, CHARTED).map(async (outcome) => {
          const checkins = await api.get<Page<Checkin>>(`/api/checkins${query({ outcomeId: outcome.id, limit: 1000 })}`);
          return { outcome, checkins: checkins.items.sort(byDate) };
        }),
      );
      return { progress, more: outcomes.items.length > CHARTED, hasGap: gaps.items.length > 0 };
    },
  });
}
