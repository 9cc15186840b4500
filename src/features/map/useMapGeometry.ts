import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { DEFAULT_LEVEL, type LevelId } from '../../contract/levels';
import type { Level } from '../../contract/schema';
import { appFileUrl, fetchBoundaries, levelBoundaries } from '../../data/boundaries';
import type { MapGeometry } from './geometry';

/** The level whose shapes the map draws: the countries, or a catalog level (its boundaries file). */
export type MapLevel = Level | 'country';

const levelId = (level: MapLevel): LevelId => (level === 'country' ? DEFAULT_LEVEL : level.id);

/** Where a level's boundaries are: beside the app (they ship with it, so the map works offline). */
export function boundariesUrl(level: MapLevel = 'country'): string {
  return appFileUrl(levelBoundaries(level).path);
}

/** Fetches the file while the code that builds the shapes (its own chunk, off the first load) arrives. */
async function loadGeometry(level: MapLevel, signal: AbortSignal): Promise<MapGeometry> {
  const where = levelBoundaries(level);
  const builder = import('./geometry');
  builder.catch(() => undefined); // reported below if the file arrives
  const topology = await fetchBoundaries(where, signal);
  return (await builder).buildMapGeometry(topology, where.object, levelId(level));
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
