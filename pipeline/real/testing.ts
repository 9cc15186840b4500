/**
 * Test helpers: the real-format samples in ../shared/data/ (read from there, never copied into the
 * project) and a way to run a reader over one file. Importing this module fails loudly when the
 * samples are missing: CI copies shared/ beside the clone, and a test must never skip silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedFile } from './cache';
import type { CachedFile, RawObservation, Reader } from './readers/types';

export const SAMPLES_URL = new URL('../../../shared/data/', import.meta.url);
export const SAMPLES_DIR = fileURLToPath(SAMPLES_URL);

if (!existsSync(SAMPLES_DIR) || !existsSync(fileURLToPath(new URL('README.md', SAMPLES_URL)))) {
  throw new Error(
    `The real-format samples are missing: expected them in ${SAMPLES_DIR} (the shared/data/ directory beside the repository). ` +
      'CI must copy shared/ next to the clone as ../shared/; the pipeline tests do not run without it.',
  );
}

/** The path of a sample, e.g. sample('worldbank/api-v2-SM.POP.TOTL.json'). */
export const samplePath = (path: string): string => fileURLToPath(new URL(path, SAMPLES_URL));

/** A sample as a cached file (under another name if given). */
export function sampleFile(path: string, name = basename(path)): CachedFile {
  const bytes = new Uint8Array(readFileSync(samplePath(path)));
  return cachedFile(name, bytes, new URL(path, SAMPLES_URL).href, '2026-11-01T00:00:00.000Z');
}

/** A cached file made of text, for small hand-written payloads. */
export const textFile = (name: string, text: string): CachedFile =>
  cachedFile(name, new TextEncoder().encode(text), `test:${name}`, '2026-11-01T00:00:00.000Z');

/** Run a reader over a file and collect what it emits. */
export async function readAll(
  reader: Reader,
  file: CachedFile,
  options?: unknown,
  files: readonly CachedFile[] = [file],
): Promise<{ observations: RawObservation[]; releaseDate?: string; notes: string[] }> {
  const observations: RawObservation[] = [];
  const notes: string[] = [];
  const result = await reader({ file, files, options, emit: (o) => observations.push(o), note: (n) => notes.push(n) });
  return { observations, releaseDate: result.releaseDate, notes };
}

/** The one observation that matches, or an error saying how many did. */
export function only(observations: readonly RawObservation[], test: (o: RawObservation) => boolean): RawObservation {
  const found = observations.filter(test);
  if (found.length !== 1) throw new Error(`expected one matching observation, found ${found.length}`);
  return found[0]!;
}
