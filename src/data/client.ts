import { ContractError, FetchError } from '../contract/errors';
import { bilateralPath, catalogPath, seriesPath } from '../contract/paths';
import type { Catalog, Series } from '../contract/schema';
import { parseCatalog, parseSeries } from '../contract/validate';

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

async function fetchJson(base: string, path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(resolve(base, path), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchError(path, null);
  }
  if (!response.ok) throw new FetchError(path, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContractError(path, '', 'is not valid JSON');
  }
}

export function createApiClient(base: string): ApiClient {
  return {
    async catalog(signal) {
      const path = catalogPath();
      return parseCatalog(await fetchJson(base, path, signal), path);
    },
    async series({ indicator, source, slice }, signal) {
      const path = seriesPath(indicator, source, slice);
      return parseSeries(await fetchJson(base, path, signal), path);
    },
    async bilateral({ indicator, source, role, geo }, signal) {
      const path = bilateralPath(indicator, source, role, geo);
      return parseSeries(await fetchJson(base, path, signal), path);
    },
  };
}

/** Errors worth retrying: network failures and server errors, not bad payloads or missing files. */
export function isTransient(error: unknown): boolean {
  return error instanceof FetchError && (error.status === null || error.status >= 500 || error.status === 429);
}
