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
import { keptGeometryKey, readKeptGeometry } from './keptGeometry';

export type GeometryLoader = (url: string, where: LevelBoundaries, level: LevelId, signal: AbortSignal) => Promise<MapGeometry>;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./boundaries.worker.ts', import.meta.url), { type: 'module', name: 'boundaries' });

/** On the page: the same fetch, parse and build (the build's code loads only when needed). */
async function loadGeometryHere(url: string, where: LevelBoundaries, level: LevelId, signal: AbortSignal): Promise<MapGeometry> {
  const builder = import('./geometry');
  builder.catch(() => undefined); // reported below if the file arrives
  const topology = parseBoundaries(await fetchBoundaryBytesAt(url, where, signal), where);
  return (await builder).buildMapGeometry(topology, where.object, level);
}

export function createGeometryLoader(
  options: { createWorker?: WorkerFactory | null; readKept?: (key: string) => Promise<PackedGeometry | null> } = {},
): GeometryLoader {
  const factory = options.createWorker === undefined ? whereWorkers(defaultFactory) : options.createWorker;
  const readKept = options.readKept ?? readKeptGeometry;
  const { run } = workerJobs<Omit<BoundariesRequest, 'id'>, BoundariesReply>(factory, 'The boundaries reader stopped.');
  return async (url, where, level, signal) => {
    const keep = keptGeometryKey(url);
    const kept = await readKept(keep);
    signal.throwIfAborted();
    if (kept) return unpackGeometry(kept);
    const reply = await run({ url, where, level, keep }, [], signal);
    if (reply === null) return loadGeometryHere(url, where, level, signal);
    if (reply.ok) return unpackGeometry(reply.packed);
    throw fromWorkerFailure(reply);
  };
}
