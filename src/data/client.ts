import { ContractError, FetchError } from '../contract/errors';
import { bilateralPath, catalogPath, seriesPath } from '../contract/paths';
import type { Catalog, Series } from '../contract/schema';
import { parseCatalog } from '../contract/validate';
import { createSeriesDecoder, type SeriesDecoder } from './seriesDecoder';

/** A typed client of the indicators API: every payload is validated before it is returned. */
export interface ApiClient {
  catalog(signal?: AbortSignal): Promise<Catalog>;
  series(ref: SeriesRef, signal?: AbortSignal): Promise<Series>;
  bilateral(ref: BilateralRef, signal?: AbortSignal): Promise<Series>;
}

export interface SeriesRef {
  indicator: string;
  source: string;
  slice: string;
}

export interface BilateralRef {
  indicator: string;
  source: string;
  role: 'origin' | 'destination';
  geo: string;
}

function resolve(base: string, path: string): string {
  const origin = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  return new URL(path, new URL(base, origin)).toString();
}

async function fetchOk(base: string, path: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(resolve(base, path), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(path, null);
  }
  if (!response.ok) throw new FetchError(path, response.status);
  return response;
}

async function fetchJson(base: string, path: string, signal?: AbortSignal): Promise<unknown> {
  const text = await (await fetchOk(base, path, signal)).text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContractError(path, '', 'is not valid JSON');
  }
}

/** A series file, read as bytes: the decoder parses and validates it, in the series worker when it is large. */
async function fetchSeries(base: string, path: string, decode: SeriesDecoder, signal?: AbortSignal): Promise<Series> {
  const bytes = await (await fetchOk(base, path, signal)).arrayBuffer();
  return decode(bytes, path, signal);
}

export function createApiClient(base: string, decode: SeriesDecoder = createSeriesDecoder()): ApiClient {
  return {
    async catalog(signal) {
      const path = catalogPath();
      return parseCatalog(await fetchJson(base, path, signal), path);
    },
    async series({ indicator, source, slice }, signal) {
      return fetchSeries(base, seriesPath(indicator, source, slice), decode, signal);
    },
    async bilateral({ indicator, source, role, geo }, signal) {
      return fetchSeries(base, bilateralPath(indicator, source, role, geo), decode, signal);
    },
  };
}

/** Errors worth retrying: network failures and server errors, not bad payloads or missing files. */
export function isTransient(error: unknown): boolean {
  return error instanceof FetchError && (error.status === null || error.status >= 500 || error.status === 429);
}
