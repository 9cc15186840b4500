/**
 * Decodes series files for the API client: files of at least `minWorkerBytes` in the series worker
 * (series.worker.ts), smaller ones on the page, where a worker's round trip would cost more than it
 * saves. Where there are no module workers (jsdom) or the worker cannot start (a host's policy),
 * everything is decoded on the page, with the same results and errors.
 */
import { fromWorkerFailure } from '../contract/errors';
import type { Series } from '../contract/schema';
import { yieldToPage } from '../lib/slices';
import { decodeSeries } from './decodeSeries';
import { adoptIndex } from './seriesIndex';
import { unpackSeries } from './seriesPacking';
import type { DecodeReply, DecodeRequest } from './seriesWorkerProtocol';
import { whereWorkers, workerJobs, type WorkerFactory } from '../lib/workerJobs';

export type SeriesDecoder = (bytes: ArrayBuffer, file: string, signal?: AbortSignal) => Promise<Series>;

/** Below this a file decodes on the page in a few milliseconds (the demo's yearly files are 10–200 kB). */
export const WORKER_MIN_BYTES = 256 * 1024;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module', name: 'series' });

export function decodeHere(bytes: ArrayBuffer, file: string): Series {
  const { series, index } = decodeSeries(bytes, file);
  adoptIndex(series, index);
  return series;
}

/** Rows rebuilt per slice on the page: a few milliseconds of work. */
const ROWS_PER_SLICE = 32_768;

async function settle(reply: DecodeReply): Promise<Series> {
  if (!reply.ok) throw fromWorkerFailure(reply);
  const { series, index } = await unpackSeries(reply.packed, { rowsPerSlice: ROWS_PER_SLICE, pause: yieldToPage });
  adoptIndex(series, index);
  return series;
}

export function createSeriesDecoder(options: { createWorker?: WorkerFactory | null; minWorkerBytes?: number } = {}): SeriesDecoder {
  const factory = options.createWorker === undefined ? whereWorkers(defaultFactory) : options.createWorker;
  const minWorkerBytes = options.minWorkerBytes ?? WORKER_MIN_BYTES;
  const { run } = workerJobs<Omit<DecodeRequest, 'id'>, DecodeReply>(factory, 'The series reader stopped.');
  return async (bytes, file, signal) => {
    if (bytes.byteLength < minWorkerBytes) return decodeHere(bytes, file);
    const reply = await run({ bytes, file }, [bytes], signal);
    return reply === null ? decodeHere(bytes, file) : settle(reply);
  };
}
