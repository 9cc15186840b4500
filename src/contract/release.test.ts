import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureChanges, fixtureManifest } from '../../mocks/fixtures/release';
import { ContractError } from './errors';
import { parseChanges, parseManifest } from './validateRelease';

const snapshotFile = (name: string) => fileURLToPath(new URL(`../../public/data/${name}`, import.meta.url));

function fieldOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ContractError) return error.field;
    throw error;
  }
  throw new Error('expected a ContractError');
}

describe('release files', () => {
  it("reads the snapshot's own manifest and release notes as the pipeline writes them", () => {
    const manifest = parseManifest(JSON.parse(readFileSync(snapshotFile('manifest.json'), 'utf8')));
    expect(manifest.inputs.length).toBeGreaterThan(0);
    // Every input is read by some source, but for the NUTS-3 boundaries: no real source is at that level yet.
    expect(manifest.inputs.filter((input) => input.sources.length === 0).map((input) => input.file)).toEqual([
      'boundaries/nuts2021-60m/NUTS_RG_60M_2021_4326_LEVL_3.geojson',
    ]);
    if (existsSync(snapshotFile('changes.json'))) {
      expect(parseChanges(JSON.parse(readFileSync(snapshotFile('changes.json'), 'utf8'))).to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('accepts the fixture files and keeps their texts as they are', () => {
    expect(parseManifest(structuredClone(fixtureManifest)).inputs[2]?.citation).toContain('<b>synthetic</b>');
    expect(parseChanges(structuredClone(fixtureChanges)).sources).toHaveLength(4);
  });

  it('reads a source change that leaves out what did not change as empty', () => {
    const changes = parseChanges({
      format: 'migration-lens/changes',
      version: 1,
      from: null,
      to: '2026-12-02',
      sources: [{ id: 'unhcr', status: 'added' }],
    });
    expect(changes.sources[0]).toEqual({
      id: 'unhcr',
      status: 'added',
      periodsAdded: [],
      periodsRemoved: [],
      revised: { count: 0, largest: [] },
      countriesAdded: [],
      countriesDropped: [],
    });
  });

  it('names the field of a file that does not fit', () => {
    const badSha = structuredClone(fixtureManifest) as { inputs: { sha256: string }[] };
    badSha.inputs[1]!.sha256 = 'not-a-checksum';
    expect(fieldOf(() => parseManifest(badSha))).toBe('inputs.1.sha256');
    expect(fieldOf(() => parseManifest({ ...structuredClone(fixtureManifest), format: 'something-else' }))).toBe('format');
    const badStatus = structuredClone(fixtureChanges) as { sources: { status: string }[] };
    badStatus.sources[0]!.status = 'rewritten';
    expect(fieldOf(() => parseChanges(badStatus))).toBe('sources.0.status');
    const badValue = structuredClone(fixtureChanges) as unknown as { sources: { revised: { largest: { after: unknown }[] } }[] };
    badValue.sources[0]!.revised.largest[0]!.after = 'a lot';
    expect(fieldOf(() => parseChanges(badValue))).toBe('sources.0.revised.largest.0.after');
  });
});
