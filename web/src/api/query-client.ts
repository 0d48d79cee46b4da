import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { RequestError } from './client.js';
import { reportSessionEnded } from './session-ended.js';

/**
 * Server state for the whole app. Data is local, so it is fresh for a short while and never
 * retried on a 4xx: a missing record does not come back by asking again. Any request that finds
 * the session gone (team mode) is reported, so the app can ask to sign in again.
 */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reportSessionEnded }),
  mutationCache: new MutationCache({ onError: reportSessionEnded }),
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      refetchOnWindowFocus: true,
      retry: (count, error) => !(error instanceof RequestError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
