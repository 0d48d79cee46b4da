import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { shortlistEntrySchema } from '../../../../src/contracts/mentors.js';
import type { ApiRecord } from '../../../../src/contracts/records.js';
import { api, query } from '../../api/client.js';

/** One mentor on a shortlist: the mentor, the score that ranked them, why, and whether they declined before. */
export type ShortlistEntry = z.infer<typeof shortlistEntrySchema>;
/** A skill gap, as the API sends it. */
export type Gap = ApiRecord<'gaps'>;
/** An outcome, as the API sends it. */
export type Outcome = ApiRecord<'outcomes'>;
/** A mentor, as the API sends it. */
export type Mentor = ApiRecord<'mentors'>;

/** How many mentors the coach proposes: a short list is the point. */
const SHORTLIST = 5;

/** The mentors best placed to help with a skill gap, best first, each with its reasons. */
export function useShortlist(gapId: string) {
  return useQuery({
    queryKey: ['shortlist', gapId],
    queryFn: () => api.get<ShortlistEntry[]>(`/api/mentors/shortlist${query({ gapId, limit: SHORTLIST })}`),
  });
}

/** One record by id, read only when there is an id (the coach's kept progress names its records). */
function useRecord<T>(path: 'outcomes' | 'gaps' | 'mentors', id: string | null) {
  return useQuery({
    queryKey: [path, 'one', id],
    queryFn: () => api.get<T>(`/api/${path}/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
    retry: false,
  });
}

/** One skill gap by id (the coach's `?gap=` starts at its shortlist). */
export function useGap(id: string | null) {
  return useRecord<Gap>('gaps', id);
}

/** One outcome by id. */
export function useOutcome(id: string | null) {
  return useRecord<Outcome>('outcomes', id);
}

/** One mentor by id. */
export function useMentor(id: string | null) {
  return useRecord<Mentor>('mentors', id);
}
