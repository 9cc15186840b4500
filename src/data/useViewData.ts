import { useMemo } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Catalog, Series } from '../contract/schema';
import { useViewStore } from '../state/store';
import { bilateralRefOf } from './bilateralChoice';
import { useBilateral, useCatalog, useSeries } from './queries';
import { resolveView, type ResolvedView } from './resolveView';
import { latestPeriodOf, periodsOf } from './observations';
import { alignToGrain } from './seriesIndex';

/** The catalog and the catalog entries the current view points at. */
export function useResolvedView(): { catalogQuery: UseQueryResult<Catalog>; resolved: ResolvedView | null } {
  const catalogQuery = useCatalog();
  const view = useViewStore((s) => s.view);
  const resolved = useMemo(() => (catalogQuery.data ? resolveView(catalogQuery.data, view) : null), [catalogQuery.data, view]);
  return { catalogQuery, resolved };
}

export interface ViewSeries {
  /**
   * The figures per country; for a source with figures between pairs of countries only, the focus
   * country's (never loaded, so pending, until a focus is chosen: the panels ask for one).
   */
  seriesQuery: UseQueryResult<Series>;
  periods: string[];
  /** The period on screen: the chosen one, or the latest the series has. */
  period: string | null;
}

/** The series of the current indicator, source and breakdown (or focus country), with its periods. */
export function useViewSeries(resolved: ResolvedView | null): ViewSeries {
  const chosen = useViewStore((s) => s.view.period);
  const od = useViewStore((s) => s.view.map.od);
  const perCountry = resolved?.perCountry ?? true;
  const totalQuery = useSeries(
    resolved && perCountry ? { indicator: resolved.indicator.id, source: resolved.source.id, slice: resolved.slice } : null,
  );
  const focusQuery = useBilateral(perCountry ? null : bilateralRefOf(resolved, od));
  const seriesQuery = perCountry ? totalQuery : focusQuery;
  const series = seriesQuery.data;
  const periods = useMemo(() => (series ? periodsOf(series) : []), [series]);
  const latest = useMemo(() => (series ? latestPeriodOf(series) : null), [series]);
  return { seriesQuery, periods, period: chosen === null ? latest : alignToGrain(chosen, periods) };
}
