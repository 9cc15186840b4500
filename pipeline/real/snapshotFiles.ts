/**
 * A snapshot directory read back into payloads (relative path → parsed JSON), checked with the
 * app's validators as the app would read it: the committed snapshot is what a new build is
 * compared with, and what a refresh carries sources over from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPath, manifestPath } from '../../src/contract/paths';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { parseManifest } from '../../src/contract/validateRelease';
import { listDatasetFiles } from '../write';

export const MANIFEST_FILE = manifestPath();

/** Every JSON file of a snapshot directory, the catalog and series validated; null when there is no snapshot there. */
export function readSnapshotFiles(dir: string): Map<string, unknown> | null {
  if (!existsSync(join(dir, catalogPath()))) return null;
  const files = new Map<string, unknown>();
  for (const path of listDatasetFiles(dir).sort()) {
    if (!path.endsWith('.json')) continue;
    let payload: unknown;
    try {
      payload = JSON.parse(readFileSync(join(dir, path), 'utf8'));
    } catch (error) {
      throw new Error(`${join(dir, path)}: not JSON (${(error as Error).message})`);
    }
    if (path === catalogPath()) parseCatalog(payload, path);
    else if (path.startsWith('series/') || path.startsWith('bilateral/')) parseSeries(payload, path);
    files.set(path, payload);
  }
  return files;
}

/** The date of a snapshot (its manifest's "date", the manifest checked as the app reads it), null when it has no manifest. */
export function snapshotDate(files: ReadonlyMap<string, unknown> | null): string | null {
  const manifest = files?.get(MANIFEST_FILE);
  return manifest === undefined ? null : parseManifest(manifest, MANIFEST_FILE).date;
}
