/**
 * The committed snapshot (public/data/) read back against the publishers' files, source by source:
 * 20 values chosen at random equal the raw file's, then every row written equals its raw figure,
 * and every raw figure of a country is written. The raw files are read without the pipeline (readback/). The
 * choice is seeded by the source's id, so a failure names the same rows on every run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { bilateralDir, bilateralPath, seriesPath, TOTAL_SLICE } from '../../src/contract/paths';
import type { Catalog, Series } from '../../src/contract/schema';
import { REPORT_FILE } from './build';
import {
  EXPECTED,
  EXPECTED_AGGREGATES,
  keyOf,
  MATRIX_FILES,
  matrixCountry,
  matrixFile,
  SHARED,
  type MatrixFile,
  type RowKey,
} from './readback/expected';
import { iso3OfName } from './readback/countries';
import type { BuildReport } from './report';
import { SNAPSHOT_DIR } from './snapshot';

const built = (path: string): unknown => JSON.parse(readFileSync(join(SNAPSHOT_DIR, path), 'utf8'));
const catalog = built('catalog.json') as Catalog;
const report = built(REPORT_FILE) as BuildReport;

/** A seeded choice of up to n items (a linear congruential generator), the same on every run. */
function sample<T>(items: readonly T[], n: number, seed: number): T[] {
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

/** Equal, but for the pipeline's rounding of sums of decimals to 12 significant digits. */
const sameFigure = (value: number, raw: number): boolean => Math.abs(value - raw) <= 1e-11 * Math.max(1, Math.abs(raw));

const seedOf = (text: string): number => [...text].reduce((hash, ch) => (hash * 31 + ch.charCodeAt(0)) % 2 ** 31, 20261202);

interface BuiltRow extends RowKey {
  file: string;
  value: number;
}

/**
 * Every row the snapshot holds for a source: its series (total and breakdowns) and its bilateral
 * files (total and the breakdowns the catalog lists for them), both roles.
 */
function builtRows(source: string): BuiltRow[] {
  const out: BuiltRow[] = [];
  const push = (file: string, series: Series, side: (geo: string) => { geo: string; counterpart: string }) =>
    series.columns.geo.forEach((geo, i) =>
      out.push({
        file,
        indicator: series.indicator,
        slice: series.slice,
        period: series.columns.period[i]!,
        value: series.columns.value[i]!,
        ...side(geo),
      }),
    );
  for (const indicator of catalog.indicators) {
    const ref = indicator.sources.find((s) => s.id === source);
    if (!ref) continue;
    const hasTotal = ref.total !== false; // a source of bilateral figures only
    for (const slice of [...(hasTotal ? [TOTAL_SLICE] : []), ...ref.breakdowns]) {
      const file = seriesPath(indicator.id, source, slice);
      push(file, built(file) as Series, (geo) => ({ geo, counterpart: '' }));
    }
    for (const slice of [TOTAL_SLICE, ...(ref.bilateralBreakdowns ?? [])]) {
      for (const role of ['destination', 'origin'] as const) {
        const dir = join(SNAPSHOT_DIR, bilateralDir(indicator.id, source, role, slice));
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)) {
          const file = bilateralPath(indicator.id, source, role, name.replace(/\.json$/, ''), slice);
          const series = built(file) as Series;
          const focus = series.focus!.geo;
          push(file, series, (geo) => (role === 'destination' ? { geo: focus, counterpart: geo } : { geo, counterpart: focus }));
        }
      }
    }
  }
  return out;
}

/** 20 rows chosen at random (seeded by `seed`), each equal to its raw figure. */
function expectTwentyRaw(rows: readonly BuiltRow[], expected: ReadonlyMap<string, number>, seed: string): void {
  const picked = sample(rows, 20, seedOf(seed));
  expect(picked).toHaveLength(Math.min(20, rows.length));
  for (const row of picked) {
    const where = `${row.file}: ${row.geo} ${row.counterpart} ${row.period}`;
    const raw = expected.get(keyOf(row));
    expect(raw, `${where} has a raw figure`).toBeDefined();
    expect(sameFigure(row.value, raw!), `${where}: ${row.value}, raw ${raw}`).toBe(true);
  }
}

describe('the snapshot read back against the raw files, read without the pipeline', { timeout: 120_000 }, () => {
  it('has a read-back for every source of the snapshot', () => {
    expect(catalog.sources.map((s) => s.id).filter((id) => !(id in EXPECTED))).toEqual([]);
  });

  for (const [source, expect_] of Object.entries(EXPECTED)) {
    it(`${source}: 20 values chosen at random equal the raw file's, and so do all the others, one for one`, async () => {
      const rows = builtRows(source);
      expect(rows.length, 'rows in the snapshot').toBeGreaterThan(0);
      const expected = await expect_();
      expectTwentyRaw(rows, expected, source);
      // And 20 of each bilateral breakdown, so that the figures by sex between two countries are read back by name.
      const bilateralSlices = new Set(rows.filter((row) => row.counterpart !== '' && row.slice !== TOTAL_SLICE).map((row) => row.slice));
      for (const slice of bilateralSlices) {
        const ofSlice = rows.filter((row) => row.counterpart !== '' && row.slice === slice);
        expectTwentyRaw(ofSlice, expected, `${source}/${slice}`);
      }
      // Beyond the 20: every row has its raw figure (both roles of a bilateral cell are one), and every raw figure a row.
      const written = new Set(rows.map(keyOf));
      const differs = (row: BuiltRow) => {
        const raw = expected.get(keyOf(row));
        return raw === undefined || !sameFigure(row.value, raw);
      };
      expect(rows.filter(differs).slice(0, 5), 'written without their raw figure').toEqual([]);
      const indicators = new Set(rows.map((row) => row.indicator));
      const lost = [...expected.keys()].filter((key) => indicators.has(key.split('|')[0]!) && !written.has(key));
      expect(lost.slice(0, 5), 'raw figures of countries not written').toEqual([]);
    });
  }
});

/** Every aggregate row of a source's series files (total and breakdowns). */
function builtAggregateRows(source: string): BuiltRow[] {
  const out: BuiltRow[] = [];
  for (const indicator of catalog.indicators) {
    const ref = indicator.sources.find((s) => s.id === source);
    if (!ref || ref.total === false) continue;
    for (const slice of [TOTAL_SLICE, ...ref.breakdowns]) {
      const file = seriesPath(indicator.id, source, slice);
      const rows = (built(file) as Series).aggregates;
      rows?.geo.forEach((geo, i) =>
        out.push({ file, indicator: indicator.id, slice, geo, counterpart: '', period: rows.period[i]!, value: rows.value[i]! }),
      );
    }
  }
  return out;
}

describe('the aggregates read back against the raw files: the publishers’ own figures, never sums of countries', { timeout: 120_000 }, () => {
  const value = (rows: readonly BuiltRow[], indicator: string, geo: string, period: string) =>
    rows.find((r) => r.indicator === indicator && r.slice === TOTAL_SLICE && r.geo === geo && r.period === period)?.value;

  it('World Bank World and UN DESA World migrant stock in 2020, and Eurostat EU27 foreign citizens, as the raw files say', () => {
    expect(value(builtAggregateRows('wb-migrant-stock'), 'migrant-stock', 'WLD', '2020')).toBe(274_711_307);
    expect(value(builtAggregateRows('undesa-ims'), 'migrant-stock', 'WLD', '2020')).toBe(275_284_032); // 2024 revision (280.6 M was the 2020 one)
    expect(value(builtAggregateRows('eurostat-foreign-citizens'), 'migrant-stock', 'EU27_2020', '2022')).toBeGreaterThan(20_000_000);
  });

  for (const [source, expect_] of Object.entries(EXPECTED_AGGREGATES)) {
    it(`${source}: every aggregate row equals its raw figure, and every raw figure of a kept aggregate is written`, async () => {
      const rows = builtAggregateRows(source);
      expect(rows.length, 'aggregate rows in the snapshot').toBeGreaterThan(0);
      const expected = await expect_();
      expectTwentyRaw(rows, expected, `${source}/aggregates`);
      const differs = (row: BuiltRow) => {
        const raw = expected.get(keyOf(row));
        return raw === undefined || !sameFigure(row.value, raw);
      };
      expect(rows.filter(differs).slice(0, 5), 'written without their raw figure').toEqual([]);
      const written = new Set(rows.map(keyOf));
      expect([...expected.keys()].filter((key) => !written.has(key)).slice(0, 5), 'raw figures of aggregates not written').toEqual([]);
    });
  }

  it('no aggregate for a source that publishes none', () => {
    for (const source of ['facebook-expats', 'oecd-foreign-born', 'unhcr-hdx', 'eurostat-asylum-applicants'])
      expect(builtAggregateRows(source)).toEqual([]);
  });
});

describe("the build report's counts for the origin–destination and corridor sources", () => {
  const dropped = (source: string) => report.sources.find((s) => s.id === source)!.dropped;

  it('UN DESA 2020: every 0 between two countries and every total of 0, for both sexes, men and women, is counted as missing, not written', () => {
    const country = (file: MatrixFile, i: number) => matrixCountry(file, i) !== undefined;
    let zeros = 0;
    for (const [name] of MATRIX_FILES) {
      const file = matrixFile(name);
      for (const rows of Object.values(file.matrix))
        rows.forEach((row, o) => row.forEach((value, d) => (zeros += value === 0 && country(file, o) && country(file, d) ? 1 : 0)));
      for (const totals of Object.values(file.total_inflow)) file.names.forEach((n, d) => (zeros += totals[n] === 0 && country(file, d) ? 1 : 0));
    }
    expect(dropped('undesa-ims-2020-od').zeroNoRow!.count).toBe(zeros);
    expect(dropped('undesa-ims-2020-od').unmapped, 'every cell of the three matrices is mapped').toBeUndefined();
    expect(dropped('undesa-ims-2020-od').other!.examples).toEqual([
      'Channel Islands: not an ISO 3166-1 country (Jersey JEY and Guernsey GGY together)',
    ]);
    expect(dropped('undesa-ims-2020-od').unknownGeo).toBeUndefined();
  });

  it('UN DESA 2019: every 0 in the row of a country is counted as missing (the destination total reads every origin)', () => {
    let zeros = 0;
    for (const row of csvParse(readFileSync(join(SHARED, 'undesa/UN_MigrantStockByOriginAndDestination_2019_clean.csv'), 'utf8'))) {
      if (iso3OfName(row.Dest!) !== undefined)
        zeros += Object.entries(row).filter(([column, cell]) => column !== 'Year' && column !== 'Dest' && cell === '0').length;
    }
    expect(dropped('undesa-ims-2019-od').zeroNoRow!.count).toBe(zeros);
    expect(dropped('undesa-ims-2019-od').unknownGeo).toBeUndefined();
  });

  it('Facebook EU corridors: one missing value per "NA" audience of the raw file', () => {
    const rows = csvParse(readFileSync(join(SHARED, 'facebook-vs-eurostat-eu/Fb_all_2016_2019_users_pop_coverage.csv'), 'utf8'));
    expect(dropped('facebook-eu-corridors').noValue!.count).toBe(rows.filter((row) => row.mau === 'NA').length);
  });
});

describe('the sources below the country read back against their raw files', () => {
  const dropped = (source: string) => report.sources.find((s) => s.id === source)!.dropped;
  const fbAcs = csvParse(readFileSync(join(SHARED, 'facebook-vs-acs-us-states/master_acs_facebook_expat_wave6.csv'), 'utf8'));

  it('people born in Mexico living in California, ages 15 to 59: ACS 3,291,274 (2017) and Facebook 2,651,000 (2018), by FIPS code 06', () => {
    const valueIn = (source: string, slice: string) => {
      const series = built(bilateralPath('migrant-stock', source, 'origin', 'MEX', slice)) as Series;
      expect(series).toMatchObject({ level: 'us-state', focus: { geo: 'MEX', role: 'origin', level: 'country' } });
      return series.columns.value[series.columns.geo.indexOf('06')];
    };
    const sum = (column: string, sex?: string, ageGroup?: string) =>
      fbAcs
        .filter(
          (r) =>
            r.dest_state_fips === '6' &&
            r.origin_ACS_name === 'Mexico' &&
            (sex === undefined || r.sex === sex) &&
            (ageGroup === undefined || r.age_group === ageGroup),
        )
        .reduce((total, r) => total + Number(r[column]), 0);
    expect([valueIn('acs-foreign-born-states', 'total'), sum('nof_foreign_born')]).toEqual([3_291_274, 3_291_274]);
    expect([valueIn('facebook-expats-us-states', 'total'), sum('expat_population_wave6')]).toEqual([2_651_000, 2_651_000]);
    expect(valueIn('acs-foreign-born-states', 'sex-female')).toBe(sum('nof_foreign_born', '2'));
    expect(valueIn('facebook-expats-us-states', 'sex-male')).toBe(sum('expat_population_wave6', '1'));
    // Aged 25 to 29, women and men together: ACS 318,060 and Facebook 360,000.
    expect([valueIn('acs-foreign-born-states', 'age-25-29'), sum('nof_foreign_born', undefined, 'ages_25_29')]).toEqual([318_060, 318_060]);
    expect([valueIn('facebook-expats-us-states', 'age-25-29'), sum('expat_population_wave6', undefined, 'ages_25_29')]).toEqual([360_000, 360_000]);
  });

  it("says how many of the Facebook file's age-group figures (both sexes summed) are at the floor, as the raw file has them", () => {
    const byCell = new Map<string, number>();
    for (const r of fbAcs) {
      const key = `${r.dest_state_fips}|${r.origin_ACS_name}|${r.age_group}`;
      byCell.set(key, (byCell.get(key) ?? 0) + Number(r.expat_population_wave6));
    }
    const floor = [...byCell.values()].filter((value) => value === 2000).length;
    expect([floor, byCell.size]).toEqual([9_864, 10_800]);
    const caveats = catalog.sources.find((s) => s.id === 'facebook-expats-us-states')!.caveats.join(' ');
    expect(caveats).toContain(`${floor.toLocaleString('en')} of the ${byCell.size.toLocaleString('en')} age-group × state × origin figures`);
  });

  it("says how many of the Facebook file's cells are at the floor of 1,000, as the raw file has them", () => {
    const floor = fbAcs.filter((r) => r.expat_population_wave6 === '1000').length;
    expect(floor).toBe(19_870);
    const caveats = catalog.sources.find((s) => s.id === 'facebook-expats-us-states')!.caveats.join(' ');
    expect(caveats).toContain(`${floor.toLocaleString('en')} of the file's ${fbAcs.length.toLocaleString('en')} cells`);
  });

  it('Social Connectedness between US states: every row of a territory (Puerto Rico, Guam …) is counted as left out, none unknown', () => {
    const rows = csvParse(readFileSync(join(SHARED, 'social-connectedness/sci_us_admin1.csv'), 'utf8'));
    const ofTerritory = rows.filter((r) => !r.user_region!.startsWith('USA.') || !r.friend_region!.startsWith('USA.')).length;
    expect(dropped('meta-sci-us-states').other!.count).toBe(ofTerritory);
    expect(dropped('meta-sci-us-states').unknownGeo).toBeUndefined();
    expect(dropped('meta-sci-nuts2')).toEqual({});
  });
});
