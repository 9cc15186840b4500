/**
 * Long computations written as generators that yield between slices of work, so the same code
 * runs at once (small inputs, tests) or spread over tasks with pauses (large inputs), never holding
 * the page's thread for more than a slice's budget. Pure.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Work at most this long before pausing (ms). */
  budgetMs?: number;
  pause?: () => Promise<void>;
  now?: () => number;
  signal?: AbortSignal;
}

/** Gives the page's thread back for other tasks (input, frames) before going on. */
export const yieldToPage = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/** Runs the steps in slices of about budgetMs, pausing between slices; rejects with the signal's reason when aborted. */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { budgetMs = 4, pause = yieldToPage, now = () => performance.now(), signal } = options;
  for (;;) {
    signal?.throwIfAborted();
    const start = now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (now() - start >= budgetMs) break;
    }
    await pause();
  }
}
