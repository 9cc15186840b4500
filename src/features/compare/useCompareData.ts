import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ContractError, FetchError } from '../../contract/errors';
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

export const BOUNDARIES_PATH = 'geo/countries.topo.json';

export type CountryFeature = Feature<Geometry, { name?: string }>;

async function loadCountries(signal: AbortSignal): Promise<CountryFeature[]> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}${BOUNDARIES_PATH}`, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(BOUNDARIES_PATH, null);
  }
  if (!response.ok) throw new FetchError(BOUNDARIES_PATH, response.status);
  const json = (await response.json().catch(() => null)) as Topology<{ countries: GeometryCollection<{ name?: string }> }> | null;
  const countries = json?.objects?.countries;
  if (!json || json.type !== 'Topology' || !countries || countries.type !== 'GeometryCollection') {
    throw new ContractError(BOUNDARIES_PATH, 'objects.countries', 'is not a TopoJSON GeometryCollection');
  }
  const collection = feature(json, countries) as FeatureCollection<Geometry, { name?: string }>;
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
