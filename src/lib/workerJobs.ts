/**
 * Jobs for a module worker that may not start (jsdom, a host's policy): the page sends a request
 * once the worker has said it is ready, and falls back to doing the work itself otherwise. Used by
 * the series decoder and the map's boundaries decoder.
 */
export type WorkerFactory = () => Worker;

/** What a worker's answer carries: the request's id. */
interface Numbered {
  id: number;
}

/**
 * Sends `request` (with `transfer`) to the worker, started on first use; resolves with its reply,
 * or with null when there is no worker (none could be made, or it failed to start), so that the
 * caller does the work itself: bytes are only transferred to a worker that runs.
 */
type WorkerRun<Request, Reply> = (request: Request, transfer: Transferable[], signal?: AbortSignal) => Promise<Reply | null>;

export function workerJobs<Request, Reply extends Numbered>(factory: WorkerFactory | null, stopped: string): { run: WorkerRun<Request, Reply> } {
  const jobs = new Map<number, { resolve(reply: Reply): void; reject(error: unknown): void }>();
  let nextId = 1;
  let ready: Promise<Worker | null> | null = null;

  // The worker says it is ready once its code has loaded.
  const startWorker = (make: WorkerFactory): Promise<Worker | null> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = make();
      } catch {
        return resolve(null);
      }
      worker.onmessage = (event: MessageEvent<Reply | 'ready'>) => {
        if (event.data === 'ready') return resolve(worker);
        const job = jobs.get(event.data.id);
        if (!job) return;
        jobs.delete(event.data.id);
        job.resolve(event.data);
      };
      worker.onerror = (event) => {
        event.preventDefault?.();
        worker.terminate();
        resolve(null);
        for (const job of jobs.values()) job.reject(new Error(event.message || stopped));
        jobs.clear();
        ready = Promise.resolve(null);
      };
    });

  const run: WorkerRun<Request, Reply> = async (request, transfer, signal) => {
    if (!factory) return null;
    ready ??= startWorker(factory);
    const worker = await ready;
    if (!worker) return null;
    signal?.throwIfAborted();
    return new Promise<Reply>((resolve, reject) => {
      const id = nextId++;
      const onAbort = () => {
        jobs.delete(id);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      jobs.set(id, {
        resolve: (reply) => (done(), resolve(reply)),
        reject: (error) => (done(), reject(error)),
      });
      worker.postMessage({ ...request, id }, transfer);
    });
  };
  return { run };
}

/** The default factory where module workers exist (none in jsdom). */
export const whereWorkers = (make: WorkerFactory): WorkerFactory | null => (typeof Worker === 'undefined' ? null : make);
