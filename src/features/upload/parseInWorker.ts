/**
 * Runs parseFile in the parse worker and hands back progress, the result, and a cancel that stops
 * it at once (the worker is told, then ended). Where there are no module workers (tests under
 * jsdom), it parses on this thread with the same protocol.
 */
import type { CountryTable } from './countryResolver';
import { parseBlob, type Progress } from './parseFile';
import type { FromWorker, ToWorker } from './protocol';
import type { ParseResult } from './types';

export type ParseOutcome = { status: 'done'; result: ParseResult } | { status: 'cancelled' } | { status: 'failed'; message: string };

export interface ParseJob {
  done: Promise<ParseOutcome>;
  cancel(): void;
}

type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () => new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'parse-upload' });

export function parseInWorker(
  file: Blob,
  name: string,
  table: CountryTable,
  onProgress: (progress: Progress) => void,
  options: { createWorker?: WorkerFactory | null; chunkSize?: number } = {},
): ParseJob {
  const factory = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultFactory) : options.createWorker;
  if (!factory) return parseHere(file, name, table, onProgress, options.chunkSize);

  let worker: Worker | null = factory();
  let settle: (outcome: ParseOutcome) => void = () => {};
  const done = new Promise<ParseOutcome>((resolve) => {
    settle = (outcome) => {
      worker?.terminate();
      worker = null;
      resolve(outcome);
    };
  });
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress({ bytes: message.bytes, total: message.total, rows: message.rows });
    else if (message.type === 'done') settle({ status: 'done', result: message.result });
    else if (message.type === 'cancelled') settle({ status: 'cancelled' });
    else settle({ status: 'failed', message: message.message });
  };
  worker.onerror = (event) => {
    event.preventDefault?.();
    settle({ status: 'failed', message: event.message || 'The file reader stopped.' });
  };
  const start: ToWorker = { type: 'parse', file, name, table, chunkSize: options.chunkSize };
  worker.postMessage(start);
  return {
    done,
    cancel() {
      if (!worker) return;
      worker.postMessage({ type: 'cancel' } satisfies ToWorker);
      // Do not wait for the worker to reach the end of its chunk: end it now.
      settle({ status: 'cancelled' });
    },
  };
}

function parseHere(file: Blob, name: string, table: CountryTable, onProgress: (progress: Progress) => void, chunkSize?: number): ParseJob {
  const controller = new AbortController();
  const done = parseBlob(file, name, table, { chunkSize, signal: controller.signal, onProgress }).then(
    (result): ParseOutcome => (controller.signal.aborted ? { status: 'cancelled' } : { status: 'done', result }),
    (error: unknown): ParseOutcome =>
      controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', message: error instanceof Error ? error.message : String(error) },
  );
  return { done, cancel: () => controller.abort() };
}
