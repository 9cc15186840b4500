/**
 * What the page and the boundaries worker say to each other, and the worker's answer (kept apart
 * from the worker's glue so that tests run it without a worker). Pure.
 */
import type { LevelId } from '../../contract/levels';
import { toWorkerFailure, type WorkerFailure } from '../../contract/errors';
import { fetchBoundaryBytesAt, parseBoundaries, type LevelBoundaries } from '../../data/boundaries';
import { buildMapGeometry } from './geometry';
import { packGeometry, type PackedGeometry } from './geometryPacking';

/**
 * A boundaries file for the worker to fetch (from `url`) and decode into the map's geometry: the
 * worker fetches it itself, so the file's arrival never waits for the page's thread to be free.
 */
export interface BoundariesRequest {
  id: number;
  url: string;
  where: LevelBoundaries;
  level: LevelId;
}

export type BoundariesReply = { id: number; ok: true; packed: PackedGeometry } | ({ id: number; ok: false } & WorkerFailure);

export async function answerBoundaries(
  { id, url, where, level }: BoundariesRequest,
  fetchBytes: (url: string, where: LevelBoundaries) => Promise<ArrayBuffer> = fetchBoundaryBytesAt,
): Promise<{ reply: BoundariesReply; transfer: ArrayBuffer[] }> {
  try {
    const geometry = buildMapGeometry(parseBoundaries(await fetchBytes(url, where), where), where.object, level);
    const { packed, transfer } = packGeometry(geometry);
    return { reply: { id, ok: true, packed }, transfer };
  } catch (error) {
    return { reply: { id, ok: false, ...toWorkerFailure(error) }, transfer: [] };
  }
}
