/**
 * The raw cache that `data:pull` fills and `data:build` reads: one directory per source holding
 * the responses exactly as they came (JSON pages, CSV, xlsx) and a manifest.json with where and
 * when each was retrieved. A source's directory is replaced as a whole (written aside, then
 * swapped in), so a failed or interrupted pull leaves the previous cache of that source intact.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as v from 'valibot';
import { replaceDirAtomically } from '../write';
import type { CachedFile } from './readers/types';

export const MANIFEST = 'manifest.json';

/** A file a connector fetched. */
export interface PulledFile {
  name: string;
  url: string;
  bytes: Uint8Array;
  /** ISO date-time of retrieval. */
  retrieved: string;
}

const ManifestSchema = v.object({
  source: v.string(),
  /** When the pull that wrote this cache finished. */
  retrieved: v.string(),
  pull: v.string(),
  files: v.array(v.object({ name: v.string(), url: v.string(), retrieved: v.string(), bytes: v.number(), sha256: v.string() })),
});
export type Manifest = v.InferOutput<typeof ManifestSchema>;

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Replace directory `dir` by exactly `files` (name → bytes), atomically. */
export function writeDirAtomically(dir: string, files: ReadonlyMap<string, Uint8Array | string>): void {
  replaceDirAtomically(dir, (tmp) => {
    for (const [name, bytes] of files) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`refusing to write a cache file named "${name}"`);
      writeFileSync(join(tmp, name), bytes);
    }
  });
}

export function sourceCacheDir(cacheDir: string, sourceId: string): string {
  return join(resolve(cacheDir), sourceId);
}

/** Write one source's pulled files and their manifest, replacing its previous cache as a whole. */
export function writeSourceCache(cacheDir: string, sourceId: string, pull: string, files: readonly PulledFile[], retrieved: string): Manifest {
  const manifest: Manifest = {
    source: sourceId,
    retrieved,
    pull,
    files: files.map((f) => ({ name: f.name, url: f.url, retrieved: f.retrieved, bytes: f.bytes.byteLength, sha256: sha256(f.bytes) })),
  };
  const contents = new Map<string, Uint8Array | string>(files.map((f) => [f.name, f.bytes]));
  if (contents.has(MANIFEST)) throw new Error(`a pulled file cannot be named ${MANIFEST}`);
  if (contents.size !== files.length) throw new Error('two pulled files have the same name');
  contents.set(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
  writeDirAtomically(sourceCacheDir(cacheDir, sourceId), contents);
  return manifest;
}

/** Files as a reader sees them. */
export function cachedFile(name: string, bytes: Uint8Array, url: string, retrieved: string): CachedFile {
  let text: string | undefined;
  return {
    name,
    bytes,
    url,
    retrieved,
    text: () => (text ??= new TextDecoder('utf-8').decode(bytes)),
  };
}

export class CacheError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheError';
  }
}

/** A source's cache, checked against its manifest; undefined when the source was never pulled. */
export function readSourceCache(cacheDir: string, sourceId: string): { manifest: Manifest; files: CachedFile[] } | undefined {
  const dir = sourceCacheDir(cacheDir, sourceId);
  const manifestFile = join(dir, MANIFEST);
  if (!existsSync(manifestFile)) return undefined;
  let manifest: Manifest;
  try {
    manifest = v.parse(ManifestSchema, JSON.parse(readFileSync(manifestFile, 'utf8')));
  } catch (error) {
    throw new CacheError(`${manifestFile} is not a valid manifest: ${(error as Error).message}`);
  }
  const files = manifest.files.map((entry) => {
    const path = join(dir, entry.name);
    if (!existsSync(path)) throw new CacheError(`${path} is listed in the manifest but missing: pull the source again`);
    const bytes = new Uint8Array(readFileSync(path));
    if (sha256(bytes) !== entry.sha256) throw new CacheError(`${path} does not match its manifest checksum: pull the source again`);
    return cachedFile(entry.name, bytes, entry.url, entry.retrieved);
  });
  return { manifest, files };
}
