import { useMemo } from 'react';
import type { Series } from '../../contract/schema';
import { groupSeriesSteps, isGrouped, type Grouped } from './compareModel';
import { useSliced } from './useSliced';

/** From this many rows on, a series is grouped in slices after render (about 5 ms of work at once). */
export const SLICED_GROUPING_ROWS = 50_000;

/** A series grouped by country and period: at once when small or grouped already, else in slices (null meanwhile). */
export function useGroupedSeries(series: Series | undefined): Grouped | null {
  const make = useMemo(() => (series ? () => groupSeriesSteps(series) : null), [series]);
  return useSliced(make, series !== undefined && series.columns.geo.length >= SLICED_GROUPING_ROWS && !isGrouped(series));
}
