import { useMutation, useQuery } from '@tanstack/react-query';
import type { ApiPage } from '../../../../src/contracts/common.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';
import { api, query } from '../../api/client.js';
import { queryClient } from '../../api/query-client.js';

/** A skill gap, as the API sends it. */
export type Gap = ApiRecord<'gaps'>;
/** An outcome a gap can block. */
export type Outcome = ApiRecord<'outcomes'>;
/** The fields of a gap a form sends. */
export type GapInput = { statement: string; skill: Gap['skill']; outcomeId?: string | null; status?: Gap['status'] };

/** The six skills, IQ first (SPEC §1.2). */
export const skills: readonly { value: Gap['skill']; category: Gap['category'] }[] = [
  { value: 'execution', category: 'iq' },
  { value: 'strategy', category: 'iq' },
  { value: 'product-sense', category: 'iq' },
  { value: 'communication', category: 'eq' },
  { value: 'leadership', category: 'eq' },
  { value: 'management', category: 'eq' },
];

/** IQ or EQ, for a skill. */
export const categoryOf = (skill: Gap['skill']): Gap['category'] => skills.find((s) => s.value === skill)?.category ?? 'iq';

/** An outcome as an option of a select: its statement, cut short. */
export const outcomeOption = (o: Outcome) => ({
  value: o.id,
  label: o.statement.length > 80 ? `${o.statement.slice(0, 79)}…` : o.statement,
});

/** How each kind of gap is closed, and how long it takes (SPEC §1.2). */
export const methods = {
  iq: { name: 'Artifact method', how: 'study gold-standard documents and reuse the questions they answer', horizon: '3–6 months' },
  eq: {
    name: 'Mirror method',
    how: 'ask for specific, subjective feedback and find the shadow side of your strengths',
    horizon: '12+ months',
  },
} as const;

/** Every skill gap, newest first, with the outcomes they can serve. */
export function useGaps() {
  return useQuery({
    queryKey: ['gaps-with-outcomes'],
    queryFn: async () => {
      const [gaps, outcomes] = await Promise.all([
        api.get<ApiPage<Gap>>(`/api/gaps${query({ limit: 1000 })}`),
        api.get<ApiPage<Outcome>>(`/api/outcomes${query({ limit: 1000 })}`),
      ]);
      return { gaps: gaps.items.slice().reverse(), outcomes: outcomes.items };
    },
  });
}

const refresh = () => queryClient.invalidateQueries();

/** Creates a skill gap. */
export function useCreateGap() {
  return useMutation({ mutationFn: (input: GapInput) => api.post<Gap>('/api/gaps', input), onSuccess: refresh });
}

/** Changes a skill gap: the outcome it blocks, its skill or its status. */
export function useUpdateGap() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<GapInput> }) => api.patch<Gap>(`/api/gaps/${id}`, patch),
    onSuccess: refresh,
  });
}
