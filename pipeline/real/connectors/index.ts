/**
 * Connectors: how `data:pull` fetches each kind of source. Each returns the raw files to cache
 * (every page of a paged API is one file) and throws on anything that would leave the cache
 * incomplete: an HTTP or network error, a malformed page, a page count that does not add up.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PulledFile } from '../cache';
import type { Pull } from '../config';
import { parseUnhcrPage } from '../readers/unhcr';
import { parseWorldBankPage } from '../readers/worldbank';
import { FetchError, fetchBytes, parseJsonBytes, type FetchOptions } from './http';

export interface PullContext {
  fetchOptions?: FetchOptions;
  /** The directory of the config file: `file` paths are relative to it. */
  configDir: string;
  now?: () => Date;
  log?: (message: string) => void;
}

/** Paged APIs stop after this many pages, in case a server keeps announcing more. */
const MAX_PAGES = 500;

const stamp = (ctx: PullContext): string => (ctx.now ?? (() => new Date()))().toISOString();

function query(params: Record<string, string | number | boolean | readonly string[]>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.append(key, String(value));
  }
  return search.toString();
}

async function pullWorldBank(pull: Extract<Pull, { type: 'worldbank' }>, ctx: PullContext): Promise<PulledFile[]> {
  const files: PulledFile[] = [];
  for (const code of pull.indicators) {
    let pages = 1;
    let records = 0;
    let total = 0;
    for (let page = 1; page <= pages; page += 1) {
      const params: Record<string, string | number> = { format: 'json', per_page: pull.perPage, page };
      if (pull.date !== undefined) params.date = pull.date;
      const url = `${pull.base.replace(/\/$/, '')}/country/all/indicator/${encodeURIComponent(code)}?${query(params)}`;
      const bytes = await fetchBytes(url, ctx.fetchOptions);
      let meta;
      let rows;
      try {
        [meta, rows] = parseWorldBankPage(parseJsonBytes(bytes, url), `${code} page ${page}`);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        throw new FetchError(url, `malformed payload: ${(error as Error).message}`);
      }
      if (Number(meta.page) !== page) throw new FetchError(url, `asked for page ${page}, got page ${String(meta.page)}`);
      pages = Number(meta.pages);
      total = Number(meta.total);
      if (!Number.isInteger(pages) || pages < 0 || pages > MAX_PAGES) throw new FetchError(url, `malformed payload: ${String(meta.pages)} pages`);
      records += rows?.length ?? 0;
      files.push({ name: `${code}.p${page}.json`, url, bytes, retrieved: stamp(ctx) });
      ctx.log?.(`  ${code} page ${page}/${Math.max(pages, 1)}: ${rows?.length ?? 0} records`);
    }
    if (records !== total)
      throw new FetchError(`${pull.base}/…/${code}`, `incomplete: ${records} records in ${pages} pages, the API announced ${total}`);
  }
  return files;
}

async function pullUnhcr(pull: Extract<Pull, { type: 'unhcr' }>, ctx: PullContext): Promise<PulledFile[]> {
  const files: PulledFile[] = [];
  for (const q of pull.queries) {
    let maxPages = 1;
    for (let page = 1; page <= maxPages; page += 1) {
      const url = `${pull.base.replace(/\/$/, '')}/${pull.endpoint}/?${query({ ...q.params, limit: pull.limit, page })}`;
      const bytes = await fetchBytes(url, ctx.fetchOptions);
      let payload;
      try {
        payload = parseUnhcrPage(parseJsonBytes(bytes, url), `${q.name} page ${page}`);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        throw new FetchError(url, `malformed payload: ${(error as Error).message}`);
      }
      maxPages = payload.maxPages === undefined ? 1 : Number(payload.maxPages);
      if (!Number.isInteger(maxPages) || maxPages < 0 || maxPages > MAX_PAGES)
        throw new FetchError(url, `malformed payload: maxPages ${String(payload.maxPages)}`);
      files.push({ name: `${q.name}.p${page}.json`, url, bytes, retrieved: stamp(ctx) });
      ctx.log?.(`  ${q.name} page ${page}/${Math.max(maxPages, 1)}: ${payload.items.length} items`);
    }
  }
  return files;
}

async function pullEurostat(pull: Extract<Pull, { type: 'eurostat' }>, ctx: PullContext): Promise<PulledFile[]> {
  const files: PulledFile[] = [];
  for (const dataset of pull.datasets) {
    const url = `${pull.base.replace(/\/$/, '')}/${dataset.id}?${query({ format: 'JSON', lang: pull.lang, ...dataset.filters })}`;
    const bytes = await fetchBytes(url, ctx.fetchOptions);
    const payload = parseJsonBytes(bytes, url) as { error?: unknown; class?: unknown; value?: unknown } | null;
    if (payload === null || typeof payload !== 'object') throw new FetchError(url, 'malformed payload: not a JSON-stat object');
    if (payload.error !== undefined) throw new FetchError(url, `Eurostat error: ${JSON.stringify(payload.error).slice(0, 200)}`);
    if (payload.class !== 'dataset' || payload.value === undefined) throw new FetchError(url, 'malformed payload: not a JSON-stat dataset');
    files.push({ name: `${dataset.id}.json`, url, bytes, retrieved: stamp(ctx) });
    ctx.log?.(`  ${dataset.id}: ${bytes.byteLength} bytes`);
  }
  return files;
}

async function pullHttp(pull: Extract<Pull, { type: 'http' }>, ctx: PullContext): Promise<PulledFile[]> {
  const files: PulledFile[] = [];
  for (const file of pull.files) {
    const bytes = await fetchBytes(file.url, ctx.fetchOptions);
    if (bytes.byteLength === 0) throw new FetchError(file.url, 'malformed payload: empty response');
    files.push({ name: file.name, url: file.url, bytes, retrieved: stamp(ctx) });
    ctx.log?.(`  ${file.name}: ${bytes.byteLength} bytes`);
  }
  return files;
}

function pullFile(pull: Extract<Pull, { type: 'file' }>, ctx: PullContext): PulledFile[] {
  return pull.files.map((file) => {
    const path = isAbsolute(file.path) ? file.path : resolve(ctx.configDir, file.path);
    let bytes: Uint8Array;
    try {
      statSync(path);
      bytes = new Uint8Array(readFileSync(path));
    } catch (error) {
      throw new FetchError(pathToFileURL(path).href, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    ctx.log?.(`  ${file.name}: ${bytes.byteLength} bytes from ${path}`);
    return { name: file.name, url: pathToFileURL(path).href, bytes, retrieved: stamp(ctx) };
  });
}

export async function runConnector(pull: Pull, ctx: PullContext): Promise<PulledFile[]> {
  switch (pull.type) {
    case 'worldbank':
      return pullWorldBank(pull, ctx);
    case 'unhcr':
      return pullUnhcr(pull, ctx);
    case 'eurostat':
      return pullEurostat(pull, ctx);
    case 'http':
      return pullHttp(pull, ctx);
    case 'file':
      return pullFile(pull, ctx);
  }
}
