import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import type { Series } from '../contract/schema';
import { useApi } from './ApiContext';
import type { SeriesRef } from './client';
import { DATA_FILE_QUERY, queryKeys } from './queries';

// Apart from queries.ts: useQueries is only needed by panels that load on demand, not by the first load.
/** One react-query per (indicator, source, slice), sharing the cache (and the keys) of useSeries, in the order of the refs. */
export function useSeriesList(refs: readonly SeriesRef[]): UseQueryResult<Series>[] {
  const api = useApi();
  return useQueries({
    queries: refs.map((ref) => ({
      queryKey: queryKeys.series(ref),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.series(ref, signal),
      ...DATA_FILE_QUERY,
    })),
  });
}
