import { useMutation, useQuery } from '@tanstack/react-query';
import type { ApiPage, ApiRecord } from '../../../../src/contracts/api.js';
import { api } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';

/** A skill gap and an outcome, as the API sends them. */
export type Gap = ApiRecord<'gaps'>;
export type Outcome = ApiRecord<'outcomes'>;

/** Every skill gap, with the outcomes they can serve. */
export function useGaps() {
  return useQuery({
    queryKey: ['gaps-with-outcomes'],
    queryFn: async () => {
      const [gaps, outcomes] = await Promise.all([
        api.get<ApiPage<Gap>>('/api/gaps?limit=200'),
        api.get<ApiPage<Outcome>>('/api/outcomes?limit=200'),
      ]);
      return { gaps: gaps.items, outcomes: outcomes.items };
    },
  });
}

/** Creates a skill gap. */
export function useCreateGap() {
  return useMutation({
    mutationFn: (input: { statement: string; skill: string; outcomeId?: string | null }) => api.post<Gap>('/api/gaps', input),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** How each kind of gap is closed, and how long it takes (SPEC §1.2). */
export const methods = {
  iq: { name: 'Artifact method', how: 'study gold-standard documents and reuse the questions they answer', horizon: '3–6 months' },
  eq: {
    name: 'Mirror method',
    how: 'ask for specific, subjective feedback and find the shadow side of your strengths',
    horizon: '12+ months',
  },
} as const;
