import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, type DSVRowString } from 'd3';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/contract/schema';
import { buildSnapshot, compareSnapshot, MANIFEST_FILE, SNAPSHOT_DIR, type SnapshotManifest } from './snapshot';

const SHARED = join(SNAPSHOT_DIR, '../../../shared/data');
const built = (path: string) => JSON.parse(readFileSync(join(SNAPSHOT_DIR, path), 'utf8')) as unknown;
const raw = (path: string) => readFileSync(join(SHARED, path), 'utf8');

/** A seeded choice of up to n rows, so that a failure names the same rows on every run. */
function sample<T>(items: readonly T[], n: number, seed = 20261202): T[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < n && pool.length > 0) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return chosen;
}

/** Checks 20 rows of a built series, chosen at random, against the value the raw file gives. */
function expectSampleMatches(path: string, rawValue: (row: { geo: string; period: string }) => number | null | undefined) {
  const picked = sample(rows(built(path) as Series), 20);
  expect(picked).toHaveLength(20);
  for (const row of picked) expect(row.value, `${path}: ${row.geo} ${row.period}`).toBe(rawValue(row));
}

const rows = (series: Series) => series.columns.geo.map((geo, i) => ({ geo, period: series.columns.period[i]!, value: series.columns.value[i]! }));

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

describe('20 values chosen at random per source equal the raw file (read here with d3-dsv, not the pipeline)', () => {
  const iso3 = (m49: string) => countries.numericToAlpha3(m49.padStart(3, '0'));

  it('Facebook "lived abroad" audiences (FB_UN_totals.csv, UN M49 codes)', () => {
    const table = csvParse(raw('facebook-vs-undesa/FB_UN_totals.csv'));
    const byGeo = new Map(table.map((row) => [iso3(row.country_code as string), Number(row.fb_expats)]));
    expectSampleMatches('series/migrant-stock/facebook-expats.json', (row) => (row.period === '2020' ? byGeo.get(row.geo) : null));
  });

  it('World Bank migrant stock (Indicators API v2 JSON)', () => {
    const [, records] = JSON.parse(raw('worldbank/api-v2-SM.POP.TOTL.json')) as [unknown, { countryiso3code: string; date: string; value: number | null }[]];
    const byKey = new Map(records.map((r) => [`${r.countryiso3code} ${r.date}`, r.value]));
    expectSampleMatches('series/migrant-stock/wb-migrant-stock.json', (row) => byKey.get(`${row.geo} ${row.period}`));
  });

  it('World Bank net migration (bulk CSV, one column per year after four preamble lines)', () => {
    const table = csvParse(raw('worldbank/API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv').split('\n').slice(4).join('\n'));
    const byGeo = new Map(table.map((row) => [row['Country Code'] as string, row]));
    expectSampleMatches('series/net-migration/wb-net-migration.json', (row) => Number((byGeo.get(row.geo) as DSVRowString)[row.period]));
  });

  it('search interest (Google Trends, monthly)', () => {
    const table = csvParse(raw('search-interest/Migration_GTrends.csv'));
    const byMonth = new Map(table.map((row) => [(row.date as string).slice(0, 7), Number(row.qaxooti)]));
    expectSampleMatches('series/search-interest/google-trends-somalia.json', (row) => (row.geo === 'SOM' ? byMonth.get(row.period) : null));
  });

  it('UN DESA 2019 origin × destination (one column per origin), where both names are plain English country names', () => {
    const table = csvParse(raw('undesa/UN_MigrantStockByOriginAndDestination_2019_clean.csv'));
    const codes = new Map<string, string | undefined>();
    const code = (name: string) => {
      if (!codes.has(name)) codes.set(name, countries.getAlpha3Code(name, 'en'));
      return codes.get(name);
    };
    const byKey = new Map<string, number>();
    for (const row of table) {
      const dest = code(row.Dest as string);
      if (!dest) continue;
      for (const [origin, value] of Object.entries(row)) {
        const from = origin === 'Year' || origin === 'Dest' ? undefined : code(origin);
        if (from && value !== undefined && value !== '') byKey.set(`${dest} ${from} ${row.Year}`, Number(value));
      }
    }
    const checked: string[] = [];
    for (const focus of sample(['DEU', 'USA', 'FRA', 'ESP', 'ITA', 'CAN', 'AUS', 'SWE', 'NLD', 'BEL'], 10)) {
      const series = built(`bilateral/migrant-stock/undesa-ims-2019-od/destination/${focus}.json`) as Series;
      for (const row of sample(rows(series).filter((r) => byKey.has(`${focus} ${r.geo} ${r.period}`)), 2)) {
        expect(row.value, `${row.geo} → ${focus}, ${row.period}`).toBe(byKey.get(`${focus} ${row.geo} ${row.period}`));
        checked.push(`${row.geo}→${focus}`);
      }
    }
    expect(checked).toHaveLength(20);
  });
});
