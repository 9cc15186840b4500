import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Catalog, Series } from '../contract/schema';
import { useApi } from './ApiContext';
import type { BilateralRef, SeriesRef } from './client';

export const queryKeys = {
  catalog: ['catalog'] as const,
  series: (ref: SeriesRef) => ['series', ref.indicator, ref.source, ref.slice] as const,
  bilateral: (ref: BilateralRef) => ['bilateral', ref.indicator, ref.source, ref.role, ref.geo] as const,
};

export function useCatalog(): UseQueryResult<Catalog> {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.catalog, queryFn: ({ signal }) => api.catalog(signal), staleTime: Infinity });
}

export function useSeries(ref: SeriesRef | null): UseQueryResult<Series> {
  const api = useApi();
  return useQuery({
    queryKey: ref ? queryKeys.series(ref) : ['series', 'none'],
    queryFn: ({ signal }) => api.series(ref as SeriesRef, signal),
    enabled: ref !== null,
    staleTime: Infinity,
  });
}

export function useBilateral(ref: BilateralRef | null): UseQueryResult<Series> {
  const api = useApi();
  return useQuery({
    queryKey: ref ? queryKeys.bilateral(ref) : ['bilateral', 'none'],
    queryFn: ({ signal }) => api.bilateral(ref as BilateralRef, signal),
    enabled: ref !== null,
    staleTime: Infinity,
  });
}
