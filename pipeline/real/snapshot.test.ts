import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/contract/validate';
import { buildSnapshotWithBoundaries, compareBoundaries, compareSnapshot, MANIFEST_FILE, SNAPSHOT_DIR, type SnapshotManifest } from './snapshot';

const SHARED = join(SNAPSHOT_DIR, '../../../shared/data');
const require = createRequire(import.meta.url);
/** An input's path: under the shared data, or in an npm package ("npm:us-atlas@3.0.1/states-10m.json"). */
const inputPath = (file: string): string => {
  const npm = /^npm:([^@]+)@([^/]+)\/(.+)$/.exec(file);
  if (npm === null) return join(SHARED, file);
  expect((require(`${npm[1]}/package.json`) as { version: string }).version).toBe(npm[2]);
  return require.resolve(`${npm[1]}/${npm[3]}`);
};
const built = (path: string) => JSON.parse(readFileSync(join(SNAPSHOT_DIR, path), 'utf8')) as unknown;

describe('the committed real snapshot (public/data/)', { timeout: 300_000 }, () => {
  it('is byte for byte what `npm run data:snapshot` builds from the shared files, and so are the boundaries of its levels (public/geo/)', async () => {
    const { files, geo } = await buildSnapshotWithBoundaries();
    expect(compareSnapshot(files)).toEqual([]);
    expect([...geo.keys()].sort()).toEqual(['nuts2.topo.json', 'nuts3.topo.json', 'us-state.topo.json']);
    expect(compareBoundaries(geo)).toEqual([]);
  });

  it('names every input with its checksum, size, publisher URL, licence, citation and retrieval date', () => {
    const manifest = built(MANIFEST_FILE) as SnapshotManifest;
    expect(manifest.inputs.length).toBeGreaterThanOrEqual(16);
    for (const input of manifest.inputs) {
      const bytes = readFileSync(inputPath(input.file));
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

  it('lists the levels below the country with their code systems, boundaries files and attributions, and every unit with its country', () => {
    const catalog = parseCatalog(built('catalog.json'), 'catalog.json');
    expect(catalog.geographies.levels!.map((l) => [l.id, l.codes, l.boundaries])).toEqual([
      ['nuts2', 'NUTS 2024', 'nuts2.topo.json'],
      ['nuts3', 'NUTS 2021', 'nuts3.topo.json'],
      ['us-state', 'US Census FIPS state codes', 'us-state.topo.json'],
    ]);
    for (const level of catalog.geographies.levels!) expect(level.i18n?.fr?.name && level.i18n.es?.name).toBeTruthy();
    expect(catalog.geographies.levels!.filter((l) => l.attribution.includes('© EuroGeographics')).map((l) => l.id)).toEqual(['nuts2', 'nuts3']);
    const count = (level: string) => catalog.geographies.units!.filter((u) => u.level === level).length;
    expect([count('nuts2'), count('nuts3'), count('us-state')]).toEqual([299, 1514, 51]);
    expect(catalog.geographies.units!.find((u) => u.id === 'EL30')).toEqual({ id: 'EL30', level: 'nuts2', name: 'Attiki', country: 'GRC' });
  });
});
