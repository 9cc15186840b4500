import { vi } from 'vitest';

/**
 * A stand-in for a module worker (for workerJobs.ts): answers each request with `answer`, through
 * structured clone with transfer, on a later task, as a worker does; says it is ready (or fails to
 * start) on a later task too.
 */
export function fakeWorkers<Request, Reply>(
  answer: (request: Request) => { reply: Reply; transfer: ArrayBuffer[] } | Promise<{ reply: Reply; transfer: ArrayBuffer[] }>,
  options: { failToStart?: boolean } = {},
) {
  const requests: Request[] = [];
  const factory = vi.fn(() => {
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      terminate: vi.fn(),
      postMessage(request: Request, transfer: Transferable[]) {
        const received = structuredClone(request, { transfer });
        requests.push(received);
        // No delay: a worker's answer arrives on a later task, and so does this one.
        setTimeout(async () => {
          const { reply, transfer: back } = await answer(received);
          worker.onmessage?.({ data: structuredClone(reply, { transfer: back }) } as MessageEvent);
        });
      },
    };
    setTimeout(() => {
      if (options.failToStart) worker.onerror?.({ message: 'blocked by policy', preventDefault() {} } as ErrorEvent);
      else worker.onmessage?.({ data: 'ready' } as MessageEvent);
    });
    return worker as unknown as Worker;
  });
  return { factory, requests };
}
