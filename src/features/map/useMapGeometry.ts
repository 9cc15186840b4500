import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { appFileUrl, fetchBoundaries, levelBoundaries } from '../../data/boundaries';
import { buildMapGeometry, type MapGeometry } from './geometry';

const COUNTRIES = levelBoundaries('country');

/** Where the country boundaries are: beside the app (they ship with it, so the map works offline). */
export function boundariesUrl(): string {
  return appFileUrl(COUNTRIES.path);
}

async function loadGeometry(signal: AbortSignal): Promise<MapGeometry> {
  return buildMapGeometry(await fetchBoundaries(COUNTRIES, signal));
}

/** The boundaries' query (the entry starts it early for a map link: src/startup/earlyStart.ts). */
export const boundariesQuery = () => ({
  queryKey: ['boundaries', boundariesUrl()],
  queryFn: ({ signal }: { signal: AbortSignal }) => loadGeometry(signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** The country shapes of the map (loaded once, kept for the session). */
export function useMapGeometry(enabled: boolean): UseQueryResult<MapGeometry> {
  return useQuery({ ...boundariesQuery(), enabled });
}
