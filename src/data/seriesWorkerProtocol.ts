/**
 * What the page and the series worker say to each other, and the worker's answer to a request
 * (kept here, apart from the worker's glue, so tests run it without a worker). Pure.
 */
import { ContractError } from '../contract/errors';
import { decodeSeries } from './decodeSeries';
import { packSeries, type PackedSeries } from './seriesPacking';

/** A series file for the series worker to decode (its bytes are transferred). */
export interface DecodeRequest {
  id: number;
  bytes: ArrayBuffer;
  file: string;
}

export type DecodeReply =
  | { id: number; ok: true; packed: PackedSeries }
  | { id: number; ok: false; contract: { file: string; field: string; reason: string } | null; message: string };

export function answerDecode({ id, bytes, file }: DecodeRequest): { reply: DecodeReply; transfer: ArrayBuffer[] } {
  try {
    const { series, index } = decodeSeries(bytes, file);
    const { packed, transfer } = packSeries(series, index);
    return { reply: { id, ok: true, packed }, transfer };
  } catch (error) {
    const contract = error instanceof ContractError ? { file: error.file, field: error.field, reason: error.reason } : null;
    return { reply: { id, ok: false, contract, message: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
}
