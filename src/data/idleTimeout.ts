/**
 * A request's time-out that counts silence, not duration: it fires when `ms` pass with no sign of
 * life (`alive()`, called at the response and at each piece of its body), so a large file arriving
 * slowly is never cut, and a server that stops answering is given up.
 */
export interface IdleTimeout {
  /** Aborts when the time-out fires or when the caller's signal aborts. */
  readonly signal: AbortSignal;
  readonly timedOut: () => boolean;
  /** Starts the count again. */
  readonly alive: () => void;
  readonly stop: () => void;
}

export function idleTimeout(ms: number, outer?: AbortSignal): IdleTimeout {
  const controller = new AbortController();
  let fired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onOuterAbort = () => controller.abort(outer?.reason);
  const stop = () => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  };
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      fired = true;
      stop();
      controller.abort(new DOMException(`No answer within ${ms} ms`, 'TimeoutError'));
    }, ms);
  };
  if (outer?.aborted) controller.abort(outer.reason);
  else {
    outer?.addEventListener('abort', onOuterAbort, { once: true });
    alive();
  }
  return { signal: controller.signal, timedOut: () => fired, alive, stop };
}

/**
 * A response's body as bytes, read piece by piece, calling `onPiece` as each arrives. An abort of
 * `signal` ends the read at once, even where the body stream does not follow the request's signal.
 */
export async function readBody(response: Response, signal: AbortSignal, onPiece: () => void): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const cancel = () => void reader.cancel(signal.reason).catch(() => {});
  signal.addEventListener('abort', cancel, { once: true });
  const pieces: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      signal.throwIfAborted();
      if (done) break;
      onPiece();
      pieces.push(value);
      length += value.byteLength;
    }
  } finally {
    signal.removeEventListener('abort', cancel);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes.buffer;
}
