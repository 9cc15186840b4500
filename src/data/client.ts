import { ContractError, FetchError, TimeoutError } from '../contract/errors';
import { bilateralPath, catalogPath, changesPath, manifestPath, seriesPath } from '../contract/paths';
import type { Changes, Manifest } from '../contract/release';
import type { Catalog, Series } from '../contract/schema';
import { parseCatalog } from '../contract/validate';
import { idleTimeout, readBody } from './idleTimeout';
import { createSeriesDecoder, type SeriesDecoder } from './seriesDecoder';
import { REQUEST_TIMEOUT_MS } from './timing';

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
  /** "total" or a breakdown the catalog lists in the source's bilateralBreakdowns. */
  slice: string;
}

function resolve(base: string, path: string): string {
  const origin = typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
  return new URL(path, new URL(base, origin)).toString();
}

/**
 * A file's bytes. A request with no answer for `timeoutMs` (no response, or no more of its body) is
 * given up with a TimeoutError; the caller's signal (react-query cancelling) aborts it as it is.
 */
async function fetchBytes(base: string, path: string, timeoutMs: number, signal?: AbortSignal): Promise<ArrayBuffer> {
  const timeout = idleTimeout(timeoutMs, signal);
  try {
    const response = await fetch(resolve(base, path), { signal: timeout.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) throw new FetchError(path, response.status);
    timeout.alive();
    return await readBody(response, timeout.signal, timeout.alive);
  } catch (error) {
    if (timeout.timedOut()) throw new TimeoutError(path, timeoutMs);
    if (signal?.aborted || error instanceof FetchError) throw error;
    throw new FetchError(path, null);
  } finally {
    timeout.stop();
  }
}

async function fetchJson(base: string, path: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  const text = new TextDecoder().decode(await fetchBytes(base, path, timeoutMs, signal));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ContractError(path, '', 'is not valid JSON');
  }
}

/** A file beside the contract that a server may not have: null for "not there" (S3 answers 403). */
async function fetchOptionalJson(base: string, path: string, timeoutMs: number, signal?: AbortSignal): Promise<unknown> {
  try {
    return await fetchJson(base, path, timeoutMs, signal);
  } catch (error) {
    if (error instanceof FetchError && (error.status === 403 || error.status === 404 || error.status === 410)) return null;
    throw error;
  }
}

export interface ClientOptions {
  /** How long a request may go without an answer (tests give a shorter one). */
  timeoutMs?: number;
}

export function createApiClient(base: string, decode: SeriesDecoder = createSeriesDecoder(), options: ClientOptions = {}): ApiClient {
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  /** A series file, read as bytes: the decoder parses and validates it, in the series worker when it is large. */
  const series = async (path: string, signal?: AbortSignal) => decode(await fetchBytes(base, path, timeoutMs, signal), path, signal);
  return {
    async catalog(signal) {
      const path = catalogPath();
      return parseCatalog(await fetchJson(base, path, timeoutMs, signal), path);
    },
    async manifest(signal) {
      const path = manifestPath();
      const payload = await fetchOptionalJson(base, path, timeoutMs, signal);
      return payload === null ? null : (await import('../contract/validateRelease')).parseManifest(payload, path);
    },
    async changes(signal) {
      const path = changesPath();
      const payload = await fetchOptionalJson(base, path, timeoutMs, signal);
      return payload === null ? null : (await import('../contract/validateRelease')).parseChanges(payload, path);
    },
    series: ({ indicator, source, slice }, signal) => series(seriesPath(indicator, source, slice), signal),
    bilateral: ({ indicator, source, role, geo, slice }, signal) => series(bilateralPath(indicator, source, role, geo, slice), signal),
  };
}

/**
 * Errors worth retrying: network failures and server errors; not bad payloads, missing files, or a
 * time-out (the user has waited long enough: they are told, and choose to try again).
 */
export function isTransient(error: unknown): boolean {
  return error instanceof FetchError && (error.status === null || error.status >= 500 || error.status === 429);
}
