import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from '../../../mocks/fixtures/dataset';
import { CENSUS_2020_SHA256, fixtureChanges, fixtureManifest } from '../../../mocks/fixtures/release';
import type { Catalog } from '../../contract/schema';
import { buildAboutModel, httpUrl, MAX_REVISIONS, type AboutModel, type SourceEntry } from './aboutModel';

const entryOf = (model: AboutModel, id: string): SourceEntry => {
  const entry = model.groups.flatMap((g) => g.entries).find((e) => e.source.id === id);
  if (!entry) throw new Error(`no entry for ${id}`);
  return entry;
};

describe('the About page model', () => {
  it('lists every source of the catalog once, grouped by kind: official first, digital traces last', () => {
    const model = buildAboutModel(fixtureCatalog, fixtureManifest, fixtureChanges);
    expect(model.sourceCount).toBe(3);
    expect(model.groups.map((g) => [g.kind, g.entries.map((e) => e.source.id)])).toEqual([
      ['official', ['census']],
      ['model', ['model']],
      ['digital-trace', ['social-audience']],
    ]);
  });

  it('names the indicators a source gives, the source it is compared with, and the periods and countries it covers', () => {
    const catalog: Catalog = {
      ...fixtureCatalog,
      sources: fixtureCatalog.sources.map((s) =>
        s.id === 'social-audience' ? { ...s, comparesWith: 'census', firstPeriod: '2020', countriesWithData: 4 } : s,
      ),
    };
    const audience = entryOf(buildAboutModel(catalog, null, null), 'social-audience');
    expect(audience.indicators).toEqual(['International migrant stock']);
    expect(audience.comparesWith).toEqual({ id: 'census', name: 'Census & registers (demo)' });
    expect(audience.span).toEqual({ from: '2020', to: '2021' });
    expect(audience.source.countriesWithData).toBe(4);
    expect(entryOf(buildAboutModel(catalog, null, null), 'census').span).toEqual({ from: null, to: '2020' });
  });

  it('gives each source its input files with checksums, citations (once each) and retrieval dates from the manifest', () => {
    const census = entryOf(buildAboutModel(fixtureCatalog, fixtureManifest, null), 'census');
    expect(census.inputs?.map((f) => [f.file, f.sha256])).toEqual([
      ['census/census-2020.csv', CENSUS_2020_SHA256],
      ['census/census-2015.csv', fixtureManifest.inputs[1]!.sha256],
    ]);
    expect(census.citations).toEqual(['Test fixture (2025). Census & registers, synthetic extract.']);
    expect(census.retrieved).toEqual(['2026-10-30', '2026-11-01']);
    expect(census.licences).toEqual(['CC0 1.0']);
    // A file the manifest does not link to a web page (javascript:) is listed without a link; its own licence is added.
    const audience = entryOf(buildAboutModel(fixtureCatalog, fixtureManifest, null), 'social-audience');
    expect(audience.inputs?.[0]?.url).toBeNull();
    expect(audience.licences).toEqual(['CC0 1.0', 'Platform terms of service']);
    // A source the manifest lists no file for: an empty list, not "not available".
    expect(entryOf(buildAboutModel(fixtureCatalog, fixtureManifest, null), 'model')).toMatchObject({ inputs: [], citations: [], retrieved: [] });
  });

  it('says nothing is known of files and changes when the server has neither manifest nor release notes', () => {
    const model = buildAboutModel(fixtureCatalog, null, null);
    expect(model.snapshot).toBeNull();
    expect(model.release).toBeNull();
    for (const entry of model.groups.flatMap((g) => g.entries)) {
      expect(entry).toMatchObject({ inputs: null, citations: null, retrieved: null, change: null });
    }
    expect(model.groups.flatMap((g) => g.entries)).toHaveLength(3);
  });

  it('summarises the release: counts by status and the sources added, changed or removed', () => {
    const { release, snapshot } = buildAboutModel(fixtureCatalog, fixtureManifest, fixtureChanges);
    expect(snapshot).toEqual({ date: '2026-11-01', files: 3 });
    expect(release).toEqual({
      from: '2026-06-01',
      to: '2026-11-01',
      counts: { added: 1, changed: 1, removed: 1, unchanged: 1 },
      listed: [
        { id: 'census', name: 'Census & registers (demo)', status: 'changed' },
        { id: 'social-audience', name: 'Social-media advertising audience (demo)', status: 'added' },
        { id: 'old-survey', name: null, status: 'removed' },
      ],
    });
  });

  it("gives each source its changes: periods, the five largest revisions in the notes' order with names and units, countries by name", () => {
    const model = buildAboutModel(fixtureCatalog, null, fixtureChanges);
    const change = entryOf(model, 'census').change;
    expect(change).toMatchObject({
      status: 'changed',
      periodsAdded: ['2020'],
      revisedCount: 7,
      countriesAdded: ['Ethiopia'],
      countriesDropped: ["Côte d'Ivoire"],
    });
    expect(change?.largest).toHaveLength(MAX_REVISIONS);
    expect(change?.largest[0]).toEqual({
      indicator: 'International migrant stock',
      breakdown: null,
      country: 'United States',
      origin: null,
      period: '2015',
      before: 47_000_000,
      after: 48_000_000,
      unit: 'persons',
    });
    expect(change?.largest[2]).toMatchObject({ country: 'France', breakdown: 'Sex: Female' });
    expect(change?.largest[3]).toMatchObject({ country: 'Germany', origin: 'France', period: '2020' });
    expect(entryOf(model, 'model').change?.status).toBe('unchanged');
  });

  it('says a first release once, in the summary, and gives no per-source changes', () => {
    const first = { ...fixtureChanges, from: null };
    const model = buildAboutModel(fixtureCatalog, null, first);
    expect(model.release?.from).toBeNull();
    expect(model.groups.flatMap((g) => g.entries).every((e) => e.change === null)).toBe(true);
  });

  it('keeps unknown countries, indicators and breakdowns of the notes as their codes', () => {
    const changes = {
      ...fixtureChanges,
      sources: [
        {
          ...fixtureChanges.sources[0]!,
          countriesAdded: ['XKX'],
          revised: { count: 1, largest: [{ indicator: 'gone', slice: 'age-old', geo: 'XKX', period: '2020', before: 1, after: 2 }] },
        },
      ],
    };
    const change = entryOf(buildAboutModel(fixtureCatalog, null, changes), 'census').change;
    expect(change?.countriesAdded).toEqual(['XKX']);
    expect(change?.largest[0]).toMatchObject({ indicator: 'gone', breakdown: 'age-old', country: 'XKX' });
  });
});

describe('httpUrl', () => {
  it('keeps http(s) links only', () => {
    expect(httpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(httpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org', '/relative', '', null, undefined]) {
      expect(httpUrl(bad)).toBeNull();
    }
  });
});
