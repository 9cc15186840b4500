import { ContractError, FetchError } from '../contract/errors';
import { bilateralPath, catalogPath, changesPath, manifestPath, seriesPath } from '../contract/paths';
import type { Changes, Manifest } from '../contract/release';
import type { Catalog, Series } from '../contract/schema';
import { parseCatalog, parseChanges, parseManifest } from '../contract/validate';
import { createSeriesDecoder, type SeriesDecoder } from './seriesDecoder';

/** A typed client of the indicators API: every payload is validated before it is returned. */
export interface ApiClient {
  catalog(signal?: AbortSignal): Promise<Catalog>;
  series(ref: SeriesRef, signal?: AbortSignal): Promise<Series>;
  bilateral(ref: BilateralRef, signal?: AbortSignal): Promise<Series>;
  /** The snapshot's input files and checksums; null when the server has no manifest. */
  manifest(signal?: AbortSignal): Promise<Manifest | null>;
  /** What changed in the latest refresh; null when the server has no release notes. */
  changes(signal?: AbortSignal): Promise<Changes | null>;
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

/** A file beside the contract that a server may not have: null for "not there" (S3 answers 403). */
async function fetchOptionalJson(base: string, path: string, signal?: AbortSignal): Promise<unknown> {
  try {
    return await fetchJson(base, path, signal);
  } catch (error) {
    if (error instanceof FetchError && (error.status === 403 || error.status === 404 || error.status === 410)) return null;
    throw error;
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
    async manifest(signal) {
      const path = manifestPath();
      const payload = await fetchOptionalJson(base, path, signal);
      return payload === null ? null : parseManifest(payload, path);
    },
    async changes(signal) {
      const path = changesPath();
      const payload = await fetchOptionalJson(base, path, signal);
      return payload === null ? null : parseChanges(payload, path);
    },
  };
}

/** Errors worth retrying: network failures and server errors, not bad payloads or missing files. */
export function isTransient(error: unknown): boolean {
  return error instanceof FetchError && (error.status === null || error.status >= 500 || error.status === 429);
}
