import { QueryClient } from '@tanstack/react-query';
import { isTransient } from './api-error';

/** Retries transient failures (timeouts, network, 5xx) with exponential backoff; never 4xx or bad data. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => isTransient(error) && failureCount < 3,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
    },
  });
}
