import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSnapshot, compareSnapshot, MANIFEST_FILE, SNAPSHOT_DIR, type SnapshotManifest } from './snapshot';

const SHARED = join(SNAPSHOT_DIR, '../../../shared/data');
const built = (path: string) => JSON.parse(readFileSync(join(SNAPSHOT_DIR, path), 'utf8')) as unknown;

describe('the committed real snapshot (public/data/)', { timeout: 300_000 }, () => {
  it('is byte for byte what `npm run data:snapshot` builds from the shared files', async () => {
    const files = await buildSnapshot();
    expect(compareSnapshot(files)).toEqual([]);
  });

  it('names every input with its checksum, size, publisher URL, licence, citation and retrieval date', () => {
    const manifest = built(MANIFEST_FILE) as SnapshotManifest;
    expect(manifest.inputs.length).toBeGreaterThanOrEqual(16);
    for (const input of manifest.inputs) {
      const bytes = readFileSync(join(SHARED, input.file));
      expect(input.sha256, input.file).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(input.bytes).toBe(bytes.length);
      expect(input.url).toMatch(/^https:\/\//);
      expect(input.licence.length).toBeGreaterThan(3);
      expect(input.citation.length).toBeGreaterThan(20);
      expect(input.retrieved).toBe(manifest.date);
    }
    // Figures only: no raw input file is committed.
    const committed = readdirSync(SNAPSHOT_DIR);
    expect(committed.filter((name) => !/\.json$/.test(name) && name !== 'series' && name !== 'bilateral')).toEqual([]);
  });
});
