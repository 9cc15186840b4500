/**
 * What the page and the series worker say to each other, and the worker's answer to a request
 * (kept here, apart from the worker's glue, so tests run it without a worker). Pure.
 */
import { toWorkerFailure, type WorkerFailure } from '../contract/errors';
import { decodeSeries } from './decodeSeries';
import { packSeries, type PackedSeries } from './seriesPacking';

/** A series file for the series worker to decode (its bytes are transferred). */
export interface DecodeRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
}

export type DecodeReply = { id: number; ok: true; packed: PackedSeries } | ({ id: number; ok: false } & WorkerFailure);

export function answerDecode({ id, bytes, file }: DecodeRequest): { reply: DecodeReply; transfer: ArrayBuffer[] } {
  try {
    const { series, index } = decodeSeries(bytes, file);
    const { packed, transfer } = packSeries(series, index);
    return { reply: { id, ok: true, packed }, transfer };
  } catch (error) {
    return { reply: { id, ok: false, ...toWorkerFailure(error) }, transfer: [] };
  }
}
