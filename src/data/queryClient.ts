import { QueryClient } from '@tanstack/react-query';
import { isTransient } from './client';

/** Transient failures are retried twice with backoff; bad payloads and missing files are not. */
export function createQueryClient(options: { retryDelayMs?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => isTransient(error) && failureCount < 2,
        retryDelay: (attempt) => (options.retryDelayMs ?? 800) * 2 ** attempt,
        refetchOnWindowFocus: false,
      },
    },
  });
}
