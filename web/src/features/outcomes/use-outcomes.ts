import { useMutation, useQuery } from '@tanstack/react-query';
import type { ApiPage } from '../../../../src/contracts/common.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';
import { api, query } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';

/** An outcome, as the API sends it. */
export type Outcome = ApiRecord<'outcomes'>;
/** A dated check-in on an outcome. */
export type Checkin = ApiRecord<'checkins'>;
/** The fields of an outcome a form sends (`POST` to create, `PATCH` to change). */
export type OutcomeInput = Partial<
  Pick<Outcome, 'kind' | 'metric' | 'direction' | 'baseline' | 'target' | 'unit' | 'deadline' | 'status'>
> & {
  statement: string;
};
/** The fields of a new check-in. */
export type CheckinInput = Pick<Checkin, 'outcomeId' | 'date' | 'value' | 'note' | 'confidence'>;

const byDate = (a: Checkin, b: Checkin) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Every outcome, newest first, each with its check-ins oldest first. */
export function useOutcomes() {
  return useQuery({
    queryKey: ['outcomes-with-checkins'],
    queryFn: async () => {
      const [outcomes, checkins] = await Promise.all([
        api.get<ApiPage<Outcome>>(`/api/outcomes${query({ limit: 1000 })}`),
        api.get<ApiPage<Checkin>>(`/api/checkins${query({ limit: 1000 })}`),
      ]);
      const of = new Map<string, Checkin[]>();
      for (const c of checkins.items) of.set(c.outcomeId, [...(of.get(c.outcomeId) ?? []), c]);
      return outcomes.items
        .slice()
        .reverse()
        .map((outcome) => ({ outcome, checkins: (of.get(outcome.id) ?? []).sort(byDate) }));
    },
  });
}

/**
 * The server's reference date (`--today`), which the goal check judges deadlines against; the
 * browser's own date until the server answers, so the check never waits for the network.
 */
export function useToday(): string {
  const server = useQuery({
    queryKey: ['today'],
    queryFn: async () => (await api.get<{ today: string }>('/api/health')).today,
    staleTime: 60_000,
  });
  return server.data ?? localDay();
}

/** Today in the browser's time zone, as `YYYY-MM-DD`. */
function localDay(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const refresh = () => queryClient.invalidateQueries();

/** Creates an outcome. */
export function useCreateOutcome() {
  return useMutation({ mutationFn: (input: OutcomeInput) => api.post<Outcome>('/api/outcomes', input), onSuccess: refresh });
}

/** Changes an outcome: its statement and fields, or its status. */
export function useUpdateOutcome() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<OutcomeInput> }) => api.patch<Outcome>(`/api/outcomes/${id}`, patch),
    onSuccess: refresh,
  });
}

/** Records a check-in on an outcome. */
export function useCheckin() {
  return useMutation({ mutationFn: (input: CheckinInput) => api.post<Checkin>('/api/checkins', input), onSuccess: refresh });
}
