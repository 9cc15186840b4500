import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { DEFAULT_LEVEL, type LevelId } from '../../contract/levels';
import type { Level } from '../../contract/schema';
import { boundariesUrl, levelBoundaries } from '../../data/boundaries';
import { createGeometryLoader, type GeometryLoader } from './geometryDecoder';
import type { MapGeometry } from './geometry';

/** The level whose shapes the map draws: the countries, or a catalog level (its boundaries file). */
export type MapLevel = Level | 'country';

const levelId = (level: MapLevel): LevelId => (level === 'country' ? DEFAULT_LEVEL : level.id);

let loader: GeometryLoader | null = null;

/** Fetched and built in the boundaries worker, off the page's thread (issue #20); on the page where there is none. */
function loadGeometry(level: MapLevel, signal: AbortSignal): Promise<MapGeometry> {
  loader ??= createGeometryLoader();
  return loader(boundariesUrl(level), levelBoundaries(level), levelId(level), signal);
}

/** A level's boundaries query, keyed by its file (the entry starts it early for a map link: src/startup/earlyStart.ts). */
export const boundariesQuery = (level: MapLevel = 'country') => ({
  queryKey: ['boundaries', boundariesUrl(level)],
  queryFn: ({ signal }: { signal: AbortSignal }) => loadGeometry(level, signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** The shapes of the map's level (each file loaded once, kept for the session). */
export function useMapGeometry(enabled: boolean, level: MapLevel = 'country'): UseQueryResult<MapGeometry> {
  return useQuery({ ...boundariesQuery(level), enabled });
}
