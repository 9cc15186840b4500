/**
 * Loads a boundaries file into the map's geometry: the shapes kept from an earlier visit
 * (keptGeometry.ts), or else fetched and decoded in the boundaries worker (boundaries.worker.ts),
 * which keeps them for the next visit, or on the page where there are no module workers (jsdom) or
 * the worker cannot start, with the same results and errors.
 */
import type { LevelId } from '../../contract/levels';
import { fromWorkerFailure } from '../../contract/errors';
import { fetchBoundaryBytesAt, parseBoundaries, type LevelBoundaries } from '../../data/boundaries';
import { whereWorkers, workerJobs, type WorkerFactory } from '../../lib/workerJobs';
import type { BoundariesReply, BoundariesRequest } from './boundariesWorkerProtocol';
import type { MapGeometry } from './geometry';
import { unpackGeometry, type PackedGeometry } from './geometryPacking';
import { keepGeometry, keptGeometryKey, readKeptGeometry } from './keptGeometry';

export type GeometryLoader = (url: string, where: LevelBoundaries, level: LevelId, signal: AbortSignal) => Promise<MapGeometry>;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./boundaries.worker.ts', import.meta.url), { type: 'module', name: 'boundaries' });

/** On the page: the same fetch, parse and build (the build's code loads only when needed). */
async function loadGeometryHere(url: string, where: LevelBoundaries, level: LevelId, signal: AbortSignal): Promise<MapGeometry> {
  const builder = import('./geometry');
  builder.catch(() => undefined); // reported below if the file arrives
  const topology = parseBoundaries(await fetchBoundaryBytesAt(url, where, signal), where);
  return (await builder).buildMapGeometry(topology, where.object, level);
}

/** Keeps the shapes for the next visit once the browser is idle (IndexedDB clones them on the page's thread), after the first frame and the map's start. */
function keepWhenIdle(key: string, packed: PackedGeometry): void {
  const keepNow = () => void keepGeometry(key, packed);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(keepNow, { timeout: 5_000 });
  else setTimeout(keepNow, 1_000);
}

export function createGeometryLoader(
  options: {
    createWorker?: WorkerFactory | null;
    readKept?: (key: string) => Promise<PackedGeometry | null>;
    keep?: (key: string, packed: PackedGeometry) => unknown;
  } = {},
): GeometryLoader {
  const factory = options.createWorker === undefined ? whereWorkers(defaultFactory) : options.createWorker;
  const { readKept = readKeptGeometry, keep = keepWhenIdle } = options;
  const { run } = workerJobs<Omit<BoundariesRequest, 'id'>, BoundariesReply>(factory, 'The boundaries reader stopped.');
  return async (url, where, level, signal) => {
    const key = keptGeometryKey(url);
    const kept = await readKept(key);
    signal.throwIfAborted();
    if (kept) return unpackGeometry(kept);
    const reply = await run({ url, where, level }, [], signal);
    if (reply === null) return loadGeometryHere(url, where, level, signal);
    if (reply.ok) {
      keep(key, reply.packed);
      return unpackGeometry(reply.packed);
    }
    throw fromWorkerFailure(reply);
  };
}
