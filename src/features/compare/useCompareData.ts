import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { fetchBoundaries, type LevelBoundaries } from '../../data/boundaries';
import { TOTAL_SLICE } from '../../contract/paths';
import { queryKeys, useBilateral, useSeries } from '../../data/queries';
import { focusFile, type FocusChoice, type PairFocus } from './focus';
import type { Series } from '../../contract/schema';
import { useApi } from '../../data/ApiContext';
import type { BreakdownGroup } from './compareModel';

export interface GroupQueries {
  group: BreakdownGroup;
  a: UseQueryResult<Series>;
  b: UseQueryResult<Series>;
}

/** The series of each breakdown group from both sources (shared with the other panels' cache). */
export function useBreakdownSeries(indicator: string, a: string, b: string, groups: readonly BreakdownGroup[]): GroupQueries[] {
  const api = useApi();
  const refs = groups.flatMap((group) => [a, b].map((source) => ({ indicator, source, slice: group.slice })));
  const results = useQueries({
    queries: refs.map((ref) => ({
      queryKey: queryKeys.series(ref),
      queryFn: ({ signal }: { signal: AbortSignal }) => api.series(ref, signal),
      staleTime: Infinity,
    })),
  });
  return groups.map((group, i) => ({ group, a: results[2 * i] as UseQueryResult<Series>, b: results[2 * i + 1] as UseQueryResult<Series> }));
}

export type CountryFeature = Feature<Geometry, { name?: string }>;

async function loadShapes(boundaries: LevelBoundaries, signal: AbortSignal): Promise<CountryFeature[]> {
  const topology = await fetchBoundaries(boundaries, signal);
  const collection = feature(topology, topology.objects[boundaries.object]!) as FeatureCollection<Geometry, { name?: string }>;
  return collection.features.filter((f) => typeof f.id === 'string' && f.id !== 'ATA');
}

/**
 * The shapes of the ratio map (countries, or the units of a level below), straight from the
 * boundaries file as d3-geo wants them (the main map's geometry is prepared for maplibre instead).
 */
export function useLevelShapes(boundaries: LevelBoundaries): UseQueryResult<CountryFeature[]> {
  return useQuery({
    queryKey: ['compare', 'boundaries', import.meta.env.BASE_URL, boundaries.path],
    queryFn: ({ signal }) => loadShapes(boundaries, signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/**
 * One side's figures: its series, or, for a pair compared for one focus place, its bilateral file
 * of that focus (none until chosen), of the slice the comparison is drawn for (focusSlice).
 */
export function useSideSeries(indicator: string, source: string, pair: PairFocus, focus: FocusChoice | null, slice: string): UseQueryResult<Series> {
  const totals = useSeries(pair.kind === 'totals' ? { indicator, source, slice: TOTAL_SLICE } : null);
  const focused = useBilateral(pair.kind === 'focus' && focus !== null ? focusFile(indicator, source, focus, slice) : null);
  return pair.kind === 'totals' ? totals : focused;
}
