import { QueryClient } from '@tanstack/react-query';
import { RequestError } from './client.js';

/**
 * Server state for the whole app. Data is local, so it is fresh for a short while and never
 * retried on a 4xx: a missing record does not come back by asking again.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      refetchOnWindowFocus: true,
      retry: (count, error) => !(error instanceof RequestError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});
