// @vitest-environment node
/**
 * Sources below the country through the build: the ACS mapping of samples.config.json on a few rows
 * in the file's own format, with the US states of the snapshot's boundaries.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import usAtlas from 'us-atlas/states-10m.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { LEVEL_SPECS, levelTopology, usStateShapes, type AtlasStates, type LevelBoundaries } from '../geo/levels';
import { buildDataset } from './build';
import { writeSourceCache } from './cache';
import { loadConfig, parseConfig } from './config';

const SAMPLES_CONFIG = fileURLToPath(new URL('./samples.config.json', import.meta.url));
const HEADER =
  'state,origin,ages_ranges,genders,behavior,expat_population_wave6,facebook_population_wave6,dest_state_fips,dest_state_name,dest_state_letter,dest_state_FB_code,origin_ACS_bpl,origin_ACS_name,origin_FB_code,sex,age_group,nof_foreign_born,nof_residents,frac_foreign_born';
const row = (fips: string, origin: string, sex: string, age: string, acs: number) =>
  `State,${origin},${age},${sex},6.02E+12,1000,86000,${fips},State,XX,1,0,${origin},6.02E+12,${sex},${age},${acs},1000,0`;
const CSV = [
  HEADER,
  row('6', 'Mexico', '1', 'ages_15_19', 100),
  row('6', 'Mexico', '2', 'ages_15_19', 90),
  row('6', 'Mexico', '1', 'ages_20_24', 7),
  row('48', 'Mexico', '2', 'ages_15_19', 50),
  row('48', 'UK', '2', 'ages_15_19', 3),
].join('\n');

describe('a source by US state of people born in a country (acs-foreign-born-states)', { timeout: 30_000 }, () => {
  let cache: string;
  let files: Map<string, unknown>;
  let catalog: Catalog;

  beforeAll(async () => {
    const samples = loadConfig(SAMPLES_CONFIG);
    const config = parseConfig({
      title: 'acs',
      indicators: samples.indicators.filter((i) => i.id === 'migrant-stock').map((i) => ({ ...i, sources: [] })),
      sources: samples.sources.filter((s) => s.id === 'acs-foreign-born-states'),
    });
    cache = mkdtempSync(join(tmpdir(), 'ml-acs-'));
    const bytes = new TextEncoder().encode(CSV);
    const name = 'master_acs_facebook_expat_wave6.csv';
    writeSourceCache(
      cache,
      'acs-foreign-born-states',
      'file',
      [{ name, url: 'file:///acs.csv', bytes, retrieved: '2026-12-02T00:00:00Z' }],
      '2026-12-02T00:00:00Z',
    );
    const shapes = usStateShapes(usAtlas as unknown as AtlasStates);
    const levels: LevelBoundaries[] = [
      { ...shapes, entry: LEVEL_SPECS['us-state'].entry, topology: levelTopology(shapes.shapes, { quantization: 1e3, keep: null }) },
    ];
    ({ files } = await buildDataset({ config, cacheDir: cache, generated: '2026-12-02', levels }));
    catalog = parseCatalog(files.get('catalog.json'));
  });
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('writes one file per country of birth, by state (FIPS), summed over ages and sexes, by sex and by age group; no file per state', () => {
    const mex = parseSeries(files.get('bilateral/migrant-stock/acs-foreign-born-states/origin/MEX.json'), 'MEX');
    expect(mex).toMatchObject({ level: 'us-state', focus: { geo: 'MEX', role: 'origin', level: 'country' } });
    expect(mex.columns).toEqual({ geo: ['06', '48'], period: ['2017', '2017'], value: [197, 50] });
    expect(parseSeries(files.get('bilateral/migrant-stock/acs-foreign-born-states/sex-female/origin/MEX.json'), 'f').columns.value).toEqual([90, 50]);
    expect(parseSeries(files.get('bilateral/migrant-stock/acs-foreign-born-states/origin/GBR.json'), 'GBR').columns.geo).toEqual(['48']);
    // An age group sums both sexes: 100 + 90 in California at 15–19, the 7 men of 20–24 alone in theirs.
    const ofAge = (slice: string) =>
      parseSeries(files.get(`bilateral/migrant-stock/acs-foreign-born-states/${slice}/origin/MEX.json`), slice).columns;
    expect(ofAge('age-15-19')).toEqual({ geo: ['06', '48'], period: ['2017', '2017'], value: [190, 50] });
    expect(ofAge('age-20-24')).toEqual({ geo: ['06'], period: ['2017'], value: [7] });
    expect(files.has('bilateral/migrant-stock/acs-foreign-born-states/age-25-29/origin/MEX.json')).toBe(false);
    expect([...files.keys()].filter((p) => p.includes('/destination/'))).toEqual([]);
  });

  it('lists the source with its level, focus level and role, and the origins (not the states) among the countries with data', () => {
    expect(catalog.indicators[0]!.sources).toEqual([
      {
        id: 'acs-foreign-born-states',
        breakdowns: [],
        total: false,
        // The age groups with figures only (the file's nine where it has them all).
        bilateralBreakdowns: ['sex-female', 'sex-male', 'age-15-19', 'age-20-24'],
        level: 'us-state',
        focusLevel: 'country',
        roles: ['origin'],
      },
    ]);
    expect(catalog.sources[0]!.countriesWithData).toBe(2);
    expect(catalog.geographies.units).toHaveLength(51);
  });
});
