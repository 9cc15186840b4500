/**
 * Fetching with a timeout and a few retries (network errors, 429 and 5xx), and errors that say
 * in one line what went wrong with which URL.
 */
export interface FetchOptions {
  fetch?: typeof fetch;
  /** Per attempt (default 60 s). */
  timeoutMs?: number;
  /** Attempts after the first (default 2). */
  retries?: number;
  /** Wait before the first retry, doubled each time (default 2 s). */
  retryDelayMs?: number;
}

export class FetchError extends Error {
  constructor(
    readonly url: string,
    /** What went wrong, without the URL. */
    readonly reason: string,
    readonly status?: number,
  ) {
    super(`${reason} (${url})`);
    this.name = 'FetchError';
  }
}

/** The most useful words of a failed fetch: Node puts the system error in `cause`. */
export function describeNetworkError(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timed out';
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.message) return `network error: ${cause.message}`;
  if (cause?.code) return `network error: ${cause.code}`;
  return `network error: ${error instanceof Error ? error.message : String(error)}`;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const doFetch = options.fetch ?? fetch;
  const retries = options.retries ?? 2;
  const timeoutMs = options.timeoutMs ?? 60_000;
  let delay = options.retryDelayMs ?? 2000;
  let last: FetchError | undefined;
  for (let attempt = 0; attempt <= retries; attempt += 1) {
    if (attempt > 0) {
      await sleep(delay);
      delay *= 2;
    }
    let response: Response;
    try {
      response = await doFetch(url, {
        headers: { accept: 'application/json, text/csv, application/octet-stream;q=0.9, */*;q=0.5', 'user-agent': 'migration-lens-pipeline' },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const message = describeNetworkError(error);
      last = new FetchError(
        url,
        message === 'timed out' ? `timed out after ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}` : message,
      );
      continue;
    }
    if (response.ok) {
      try {
        return new Uint8Array(await response.arrayBuffer());
      } catch (error) {
        last = new FetchError(url, `response cut off: ${describeNetworkError(error)}`);
        continue;
      }
    }
    let body = '';
    try {
      body = (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 200);
    } catch {
      // the status says enough
    }
    last = new FetchError(url, `HTTP ${response.status} ${response.statusText}${body ? `: ${body}` : ''}`.trim(), response.status);
    if (response.status !== 429 && response.status < 500) break; // a client error does not get better by asking again
  }
  if (last === undefined) throw new FetchError(url, 'failed');
  if (last.status !== undefined && last.status < 500 && last.status !== 429) throw last;
  const attempts = retries + 1;
  throw new FetchError(url, `${last.reason} (${attempts} attempt${attempts === 1 ? '' : 's'})`, last.status);
}

/** The JSON of a response, or a FetchError saying the payload is malformed. */
export function parseJsonBytes(bytes: Uint8Array, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (error) {
    throw new FetchError(url, `malformed payload: not JSON (${(error as Error).message})`);
  }
}
