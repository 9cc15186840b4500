import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback } from 'react';
import { localizeCatalog } from '../i18n/localizeCatalog';
import { useMessages } from '../i18n/useT';
import { useViewStore } from '../state/store';
import type { Changes, Manifest } from '../contract/release';
import type { Catalog, Series } from '../contract/schema';
import { useApi } from './ApiContext';
import type { BilateralRef, SeriesRef } from './client';

export const queryKeys = {
  catalog: ['catalog'] as const,
  series: (ref: SeriesRef) => ['series', ref.indicator, ref.source, ref.slice] as const,
  bilateral: (ref: BilateralRef) => ['bilateral', ref.indicator, ref.source, ref.slice, ref.role, ref.geo] as const,
  manifest: ['manifest'] as const,
  changes: ['changes'] as const,
};

/**
 * How a data file's query behaves: fetched once, and not fetched again because a panel mounts on one
 * that failed (the entry's early start may fail before React has rendered): a missing file is
 * reported at once. Try again, and the connection coming back, fetch it again.
 */
export const DATA_FILE_QUERY = { staleTime: Infinity, retryOnMount: false } as const;

/** The catalog, with its texts and country names in the view's language (English until that language has loaded). */
export function useCatalog(): UseQueryResult<Catalog> {
  const api = useApi();
  const viewLang = useViewStore((s) => s.view.lang);
  const lang = useMessages(viewLang) ? viewLang : 'en';
  const select = useCallback((catalog: Catalog) => localizeCatalog(catalog, lang), [lang]);
  return useQuery({ queryKey: queryKeys.catalog, queryFn: ({ signal }) => api.catalog(signal), staleTime: Infinity, select });
}

export function useSeries(ref: SeriesRef | null): UseQueryResult<Series> {
  const api = useApi();
  return useQuery({
    queryKey: ref ? queryKeys.series(ref) : ['series', 'none'],
    queryFn: ({ signal }) => api.series(ref as SeriesRef, signal),
    enabled: ref !== null,
    ...DATA_FILE_QUERY,
  });
}

export function useBilateral(ref: BilateralRef | null): UseQueryResult<Series> {
  const api = useApi();
  return useQuery({
    queryKey: ref ? queryKeys.bilateral(ref) : ['bilateral', 'none'],
    queryFn: ({ signal }) => api.bilateral(ref as BilateralRef, signal),
    enabled: ref !== null,
    ...DATA_FILE_QUERY,
  });
}

/** The snapshot's manifest (input files, checksums, citations); data is null when the server has none. */
export function useManifest(): UseQueryResult<Manifest | null> {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.manifest, queryFn: ({ signal }) => api.manifest(signal), staleTime: Infinity });
}

/** The release notes of the latest refresh; data is null when the server has none. */
export function useChanges(): UseQueryResult<Changes | null> {
  const api = useApi();
  return useQuery({ queryKey: queryKeys.changes, queryFn: ({ signal }) => api.changes(signal), staleTime: Infinity });
}
