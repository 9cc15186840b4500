/**
 * The boundaries of a geographic level, fetched and checked at the boundary: a TopoJSON topology
 * whose one object (countries, or units below the country level) is a GeometryCollection. Shared by
 * the map (geometry for maplibre) and the ratio map (d3-geo shapes). The files ship with the app,
 * under its base URL, so maps work offline.
 */
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundariesObject, boundariesPath } from '../contract/paths';
import { ContractError, FetchError } from '../contract/errors';

export type BoundaryTopology = Topology<Record<string, GeometryCollection<{ name?: string }>>>;

export interface LevelBoundaries {
  /** The file, relative to the app's base (for messages and the query key). */
  path: string;
  /** The name of its one object: "countries" or "units". */
  object: 'countries' | 'units';
}

/** Where a level's boundaries are: the country file, or the one its catalog entry names. */
export function levelBoundaries(level: { id: string; boundaries: string } | 'country'): LevelBoundaries {
  return level === 'country'
    ? { path: boundariesPath('country'), object: 'countries' }
    : { path: boundariesPath(level), object: boundariesObject(level.id) };
}

/** The absolute URL of a file beside the app. */
export function appFileUrl(path: string): string {
  const origin = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  return new URL(`${import.meta.env.BASE_URL}${path}`, origin).toString();
}

/** Where a level's boundaries are: beside the app (they ship with it, so the map works offline). */
export function boundariesUrl(level: { id: string; boundaries: string } | 'country' = 'country'): string {
  return appFileUrl(levelBoundaries(level).path);
}

/** Whether a parsed JSON value is a topology whose named object is a GeometryCollection. */
export function isBoundaryTopology(value: unknown, object: string): value is BoundaryTopology {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; objects?: Record<string, { type?: unknown } | undefined>; arcs?: unknown };
  return v.type === 'Topology' && Array.isArray(v.arcs) && v.objects?.[object]?.type === 'GeometryCollection';
}

/** Fetches a level's boundaries file from `url` as bytes (decoded by parseBoundaries, on the page or in the map's worker, which has no page location to resolve the path against); failures are FetchError. */
export async function fetchBoundaryBytesAt(url: string, { path }: LevelBoundaries, signal?: AbortSignal): Promise<ArrayBuffer> {
  try {
    const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new FetchError(path, response.status);
    return await response.arrayBuffer();
  } catch (error) {
    if (signal?.aborted || error instanceof FetchError) throw error;
    throw new FetchError(path, null);
  }
}

/** Parses and checks a boundaries file's bytes; failures are ContractError naming the file. Pure (no DOM). */
export function parseBoundaries(bytes: ArrayBuffer, { path, object }: LevelBoundaries): BoundaryTopology {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new ContractError(path, '', 'is not valid JSON');
  }
  if (!isBoundaryTopology(json, object)) throw new ContractError(path, `objects.${object}`, 'is not a TopoJSON GeometryCollection');
  return json;
}

/** Fetches and checks a level's boundaries; failures are FetchError or ContractError naming the file. */
export async function fetchBoundaries(where: LevelBoundaries, signal: AbortSignal): Promise<BoundaryTopology> {
  return parseBoundaries(await fetchBoundaryBytesAt(appFileUrl(where.path), where, signal), where);
}
