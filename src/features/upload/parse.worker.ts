/// <reference lib="webworker" />
/**
 * The parse worker: reads a dropped file off the main thread so that a large one (50 MB, a million
 * rows) keeps the page responsive. Protocol in protocol.ts; the work itself in parseFile.ts.
 */
import { parseBlob } from './parseFile';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let controller: AbortController | null = null;

const post = (message: FromWorker) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller?.abort();
  const current = new AbortController();
  controller = current;
  parseBlob(message.file, message.name, message.table, {
    chunkSize: message.chunkSize,
    signal: current.signal,
    onProgress: (progress) => post({ type: 'progress', ...progress }),
  }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => {
      if (current.signal.aborted) post({ type: 'cancelled' });
      else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
};
