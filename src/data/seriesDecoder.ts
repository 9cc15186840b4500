/**
 * Decodes series files for the API client: files of at least `minWorkerBytes` in the series worker
 * (series.worker.ts), smaller ones on the page, where a worker's round trip would cost more than it
 * saves. Where there are no module workers (jsdom) or the worker cannot start (a host's policy),
 * everything is decoded on the page, with the same results and errors.
 */
import { ContractError } from '../contract/errors';
import type { Series } from '../contract/schema';
import { yieldToPage } from '../lib/slices';
import { decodeSeries } from './decodeSeries';
import { adoptIndex } from './seriesIndex';
import { unpackSeries } from './seriesPacking';
import type { DecodeReply, DecodeRequest } from './seriesWorkerProtocol';

export type SeriesDecoder = (bytes: ArrayBuffer, file: string, signal?: AbortSignal) => Promise<Series>;

/** Below this a file decodes on the page in a few milliseconds (the demo's yearly files are 10–200 kB). */
export const WORKER_MIN_BYTES = 256 * 1024;

type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./series.worker.ts', import.meta.url), { type: 'module', name: 'series' });

interface Job {
  resolve(series: Series): void;
  reject(error: unknown): void;
}

export function decodeHere(bytes: ArrayBuffer, file: string): Series {
  const { series, index } = decodeSeries(bytes, file);
  adoptIndex(series, index);
  return series;
}

/** Rows rebuilt per slice on the page: a few milliseconds of work. */
const ROWS_PER_SLICE = 32_768;

function settle(job: Job, reply: DecodeReply): void {
  if (reply.ok) {
    unpackSeries(reply.packed, { rowsPerSlice: ROWS_PER_SLICE, pause: yieldToPage }).then(({ series, index }) => {
      adoptIndex(series, index);
      job.resolve(series);
    }, job.reject);
  } else if (reply.contract) job.reject(new ContractError(reply.contract.file, reply.contract.field, reply.contract.reason));
  else job.reject(new Error(reply.message));
}

export function createSeriesDecoder(options: { createWorker?: WorkerFactory | null; minWorkerBytes?: number } = {}): SeriesDecoder {
  const factory = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultFactory) : options.createWorker;
  const minWorkerBytes = options.minWorkerBytes ?? WORKER_MIN_BYTES;
  const jobs = new Map<number, Job>();
  let nextId = 1;
  let ready: Promise<Worker | null> | null = null;

  // The worker says it is ready once its code has loaded: bytes are only transferred to a worker
  // that runs, so a worker that cannot start costs a fallback, never a file.
  const startWorker = (): Promise<Worker | null> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = (factory as WorkerFactory)();
      } catch {
        return resolve(null);
      }
      worker.onmessage = (event: MessageEvent<DecodeReply | 'ready'>) => {
        if (event.data === 'ready') return resolve(worker);
        const job = jobs.get(event.data.id);
        if (!job) return;
        jobs.delete(event.data.id);
        settle(job, event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        worker.terminate();
        resolve(null);
        for (const job of jobs.values()) job.reject(new Error(event.message || 'The series reader stopped.'));
        jobs.clear();
        ready = Promise.resolve(null);
      };
    });

  return async (bytes, file, signal) => {
    if (!factory || bytes.byteLength < minWorkerBytes) return decodeHere(bytes, file);
    ready ??= startWorker();
    const worker = await ready;
    if (!worker) return decodeHere(bytes, file);
    signal?.throwIfAborted();
    return new Promise<Series>((resolve, reject) => {
      const id = nextId++;
      const onAbort = () => {
        jobs.delete(id);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      jobs.set(id, {
        resolve: (series) => (done(), resolve(series)),
        reject: (error) => (done(), reject(error)),
      });
      worker.postMessage({ id, bytes, file } satisfies DecodeRequest, [bytes]);
    });
  };
}
