import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Catalog, Series } from '../contract/schema';
import { useViewStore } from '../state/store';
import { useCatalog, useSeries } from './queries';
import { resolveView, type ResolvedView } from './resolveView';
import { latestPeriodOf, periodsOf } from './observations';

/** The catalog and the catalog entries the current view points at. */
export function useResolvedView(): { catalogQuery: UseQueryResult<Catalog>; resolved: ResolvedView | null } {
  const catalogQuery = useCatalog();
  const view = useViewStore((s) => s.view);
  const resolved = useMemo(
    () => (catalogQuery.data ? resolveView(catalogQuery.data, view) : null),
    [catalogQuery.data, view],
  );
  return { catalogQuery, resolved };
}

export interface ViewSeries {
  seriesQuery: UseQueryResult<Series>;
  periods: string[];
  /** The period on screen: the chosen one, or the latest the series has. */
  period: string | null;
}

/** The series of the current indicator, source and breakdown, with its periods. */
export function useViewSeries(resolved: ResolvedView | null): ViewSeries {
  const chosen = useViewStore((s) => s.view.period);
  const seriesQuery = useSeries(
    resolved ? { indicator: resolved.indicator.id, source: resolved.source.id, slice: resolved.slice } : null,
  );
  const series = seriesQuery.data;
  const periods = useMemo(() => (series ? periodsOf(series) : []), [series]);
  const latest = useMemo(() => (series ? latestPeriodOf(series) : null), [series]);
  return { seriesQuery, periods, period: chosen ?? latest };
}
