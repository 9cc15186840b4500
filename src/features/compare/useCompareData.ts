import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { fetchBoundaries, levelBoundaries } from '../../data/boundaries';
import type { Series } from '../../contract/schema';
import { useApi } from '../../data/ApiContext';
import { queryKeys } from '../../data/queries';
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

const COUNTRIES = levelBoundaries('country');

async function loadCountries(signal: AbortSignal): Promise<CountryFeature[]> {
  const topology = await fetchBoundaries(COUNTRIES, signal);
  const collection = feature(topology, topology.objects[COUNTRIES.object]!) as FeatureCollection<Geometry, { name?: string }>;
  return collection.features.filter((f) => typeof f.id === 'string' && f.id !== 'ATA');
}

/**
 * The country shapes of the ratio map, straight from the boundaries file as d3-geo wants them
 * (the main map's geometry is prepared for maplibre instead).
 */
export function useCountryShapes(): UseQueryResult<CountryFeature[]> {
  return useQuery({
    queryKey: ['compare', 'boundaries', import.meta.env.BASE_URL],
    queryFn: ({ signal }) => loadCountries(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** The width of an element, followed with a ResizeObserver (fallback where there is none, as in jsdom). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
