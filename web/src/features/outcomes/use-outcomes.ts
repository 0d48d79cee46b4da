import { useMutation, useQuery } from '@tanstack/react-query';
import type { ApiPage, ApiRecord } from '../../../../src/contracts/api.js';
import { api } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';

/** An outcome and a check-in, as the API sends them. */
export type Outcome = ApiRecord<'outcomes'>;
export type Checkin = ApiRecord<'checkins'>;

/** Every outcome with its check-ins, newest outcome first. */
export function useOutcomes() {
  return useQuery({
    queryKey: ['outcomes-with-checkins'],
    queryFn: async () => {
      const [outcomes, checkins] = await Promise.all([
        api.get<ApiPage<Outcome>>('/api/outcomes?limit=200'),
        api.get<ApiPage<Checkin>>('/api/checkins?limit=1000'),
      ]);
      return outcomes.items
        .slice()
        .reverse()
        .map((outcome) => ({ outcome, checkins: checkins.items.filter((c) => c.outcomeId === outcome.id) }));
    },
  });
}

/** The server's reference date (`--today`), which the goal check judges deadlines against. */
export function useToday() {
  return useQuery({
    queryKey: ['today'],
    queryFn: async () => (await api.get<{ today: string }>('/api/next-actions?days=0')).today,
    staleTime: 60_000,
  });
}

const refresh = () => queryClient.invalidateQueries();

/** Creates an outcome. */
export function useCreateOutcome() {
  return useMutation({ mutationFn: (input: Record<string, unknown>) => api.post<Outcome>('/api/outcomes', input), onSuccess: refresh });
}

/** Changes an outcome (its status, for example). */
export function useUpdateOutcome() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Record<string, unknown> }) => api.patch<Outcome>(`/api/outcomes/${id}`, patch),
    onSuccess: refresh,
  });
}

/** Records a check-in on an outcome. */
export function useCheckin() {
  return useMutation({ mutationFn: (input: Record<string, unknown>) => api.post<Checkin>('/api/checkins', input), onSuccess: refresh });
}
