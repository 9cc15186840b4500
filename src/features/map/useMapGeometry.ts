import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { ContractError, FetchError } from '../../contract/errors';
import { buildMapGeometry, isCountriesTopology, type MapGeometry } from './geometry';

export const BOUNDARIES_PATH = 'geo/countries.topo.json';

/** Where the boundaries are: beside the app (they ship with it, so the map works offline). */
export function boundariesUrl(): string {
  const origin = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  return new URL(`${import.meta.env.BASE_URL}${BOUNDARIES_PATH}`, origin).toString();
}

async function loadGeometry(signal: AbortSignal): Promise<MapGeometry> {
  let response: Response;
  try {
    response = await fetch(boundariesUrl(), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FetchError(BOUNDARIES_PATH, null);
  }
  if (!response.ok) throw new FetchError(BOUNDARIES_PATH, response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ContractError(BOUNDARIES_PATH, '', 'is not valid JSON');
  }
  if (!isCountriesTopology(json)) throw new ContractError(BOUNDARIES_PATH, 'objects.countries', 'is not a TopoJSON GeometryCollection');
  return buildMapGeometry(json);
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
