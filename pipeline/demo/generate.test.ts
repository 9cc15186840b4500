import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bilateralPath, seriesPath } from '../../src/contract/paths';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog, parseSeries } from '../../src/contract/validate';
import { joinBoundaries } from '../geo/boundaries';
import { listDatasetFiles, serialize } from '../write';
import { CENSUS_PERIODS, SOCIAL_BREAK_YEAR } from './catalog';
import { DEFAULT_SEED, generateDemo, platformRange } from './generate';
import { AGE_BANDS } from './world';

const ROOT = resolve(__dirname, '../..');
const REGENERATE = 'The committed demo dataset is out of date: run `npm run data:demo` after changing the generator.';

const boundaries = joinBoundaries();
const inhabited = boundaries.countries.filter((c) => !boundaries.uninhabited.some((u) => u.id === c.id));
const regionOf = new Map(boundaries.countries.map((c) => [c.id, c.region]));

let files: Map<string, unknown>;
const series = (path: string): Series => {
  const payload = files.get(path);
  if (payload === undefined) throw new Error(`no file ${path}`);
  return payload as Series;
};
const allSeries = (): [string, Series][] =>
  [...files].filter(([path]) => path !== 'catalog.json').map(([path, payload]) => [path, payload as Series]);

/** value by "geo|period" */
function index(s: Series): Map<string, number> {
  const c = s.columns;
  return new Map(c.geo.map((geo, i) => [`${geo}|${c.period[i]}`, c.value[i]!]));
}

const serializeAll = (map: Map<string, unknown>): string => JSON.stringify([...map].map(([path, payload]) => [path, serialize(payload)]));

function pearson(xs: number[], ys: number[]): number {
  const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i]!;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

beforeAll(() => {
  files = generateDemo(DEFAULT_SEED, boundaries);
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemo(DEFAULT_SEED, boundaries);
    expect(serializeAll(again)).toBe(serializeAll(files));
    const other = generateDemo(7, boundaries);
    expect(serialize(other.get(seriesPath('migrant-stock', 'census')))).not.toBe(serialize(files.get(seriesPath('migrant-stock', 'census'))));
  });

  it('produces payloads that pass the contract', () => {
    const catalog = parseCatalog(files.get('catalog.json'));
    expect(catalog.geographies.countries).toHaveLength(boundaries.countries.length);
    for (const [path, payload] of allSeries()) {
      const s = parseSeries(payload, path);
      expect(
        catalog.indicators.some((i) => i.id === s.indicator),
        path,
      ).toBe(true);
      expect(catalog.sources.find((src) => src.id === s.source)?.releaseDate, path).toBe(s.releaseDate);
    }
  });

  it('describes only synthetic demo sources', () => {
    const catalog = files.get('catalog.json') as Catalog;
    expect(catalog.sources.map((s) => s.id)).toEqual([
      'census',
      'social-audience',
      'search-interest',
      'protection',
      'payments',
      'demographic-model',
      'regional-registers-nuts2',
      'regional-registers-nuts3',
      'state-survey',
      'state-social-audience',
    ]);
    expect(catalog.indicators.map((i) => i.id)).toEqual([
      'migrant-stock',
      'migrant-share',
      'refugees',
      'net-migration',
      'remittances',
      'population',
      'search-interest',
    ]);
    for (const s of catalog.sources) {
      expect(s.demo).toBe(true);
      expect(s.url).toBeNull();
      expect(s.publisher).toBe('Migration Lens demo generator');
      expect(s.caveats.join(' ')).toMatch(/synthetic/i);
    }
    // Every indicator, source and breakdown the catalog promises has a file.
    for (const indicator of catalog.indicators) {
      for (const ref of indicator.sources) {
        expect(files.has(seriesPath(indicator.id, ref.id)), `${indicator.id}/${ref.id}`).toBe(ref.total !== false);
        for (const slice of ref.breakdowns) expect(files.has(seriesPath(indicator.id, ref.id, slice))).toBe(true);
      }
    }
  });

  it('gives every inhabited country census migrant stock for every census period', () => {
    expect(inhabited.length).toBeGreaterThanOrEqual(175);
    const stock = index(series(seriesPath('migrant-stock', 'census')));
    for (const c of inhabited) {
      for (const year of CENSUS_PERIODS) expect(stock.get(`${c.id}|${year}`), `${c.id} ${year}`).toBeGreaterThan(0);
    }
    for (const u of boundaries.uninhabited) {
      for (const [path, s] of allSeries()) expect(s.columns.geo.includes(u.id), `${u.id} in ${path}`).toBe(false);
    }
  });

  it('gives every inhabited country the yearly official and model series', () => {
    for (const path of [
      seriesPath('population', 'demographic-model'),
      seriesPath('net-migration', 'demographic-model'),
      seriesPath('refugees', 'protection'),
      seriesPath('remittances', 'payments'),
      seriesPath('migrant-share', 'census'),
    ]) {
      const geos = new Set(series(path).columns.geo);
      for (const c of inhabited) expect(geos.has(c.id), `${c.id} in ${path}`).toBe(true);
    }
    const social = new Set(series(seriesPath('migrant-stock', 'social-audience')).columns.geo);
    expect(social.size).toBeGreaterThanOrEqual(inhabited.length * 0.88);
    expect(social.size).toBeLessThan(inhabited.length);
  });

  it('keeps lower ≤ value ≤ upper, integers for persons and no negative counts except net migration', () => {
    const catalog = files.get('catalog.json') as Catalog;
    const unit = new Map(catalog.indicators.map((i) => [i.id, i.unit]));
    for (const [path, s] of allSeries()) {
      const { value, lower, upper } = s.columns;
      value.forEach((v, i) => {
        if (!Number.isFinite(v)) throw new Error(`${path} row ${i}: ${v}`);
        if (s.indicator !== 'net-migration' && v < 0) throw new Error(`${path} row ${i}: negative ${v}`);
        if (unit.get(s.indicator) === 'persons' && !Number.isInteger(v)) throw new Error(`${path} row ${i}: ${v}`);
        const lo = lower?.[i];
        const hi = upper?.[i];
        if (lo != null && lo > v) throw new Error(`${path} row ${i}: lower ${lo} > ${v}`);
        if (hi != null && hi < v) throw new Error(`${path} row ${i}: upper ${hi} < ${v}`);
      });
    }
    const net = series(seriesPath('net-migration', 'demographic-model')).columns.value;
    expect(net.some((v) => v < 0)).toBe(true);
    expect(net.some((v) => v > 0)).toBe(true);
    const search = series(seriesPath('search-interest', 'search-interest')).columns.value;
    expect(Math.min(...search)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...search)).toBe(100);
  });

  it('has census breakdowns that add up', () => {
    const total = index(series(seriesPath('migrant-stock', 'census')));
    const female = index(series(seriesPath('migrant-stock', 'census', 'sex-female')));
    const male = index(series(seriesPath('migrant-stock', 'census', 'sex-male')));
    const ages = AGE_BANDS.map((band) => index(series(seriesPath('migrant-stock', 'census', `age-${band}`))));
    for (const [key, value] of total) {
      expect((female.get(key) ?? NaN) + (male.get(key) ?? NaN), key).toBe(value);
      const adults = ages.reduce((sum, age) => sum + (age.get(key) ?? NaN), 0);
      expect(adults, key).toBeLessThanOrEqual(value);
    }
  });

  it('makes the platform audience agree with the census strongly but not perfectly', () => {
    const census = index(series(seriesPath('migrant-stock', 'census')));
    const social = index(series(seriesPath('migrant-stock', 'social-audience')));
    const xs: number[] = [];
    const ys: number[] = [];
    const ratios = new Map<string, number[]>();
    for (const [key, value] of social) {
      const [geo, period] = key.split('|');
      const base = census.get(key);
      if (period !== '2020' || base === undefined) continue;
      xs.push(Math.log(base));
      ys.push(Math.log(value));
      const region = regionOf.get(geo!)!;
      ratios.set(region, [...(ratios.get(region) ?? []), Math.log(value) - Math.log(base)]);
    }
    expect(xs.length).toBeGreaterThan(150);
    const r = pearson(xs, ys);
    expect(r).toBeGreaterThan(0.8);
    expect(r).toBeLessThan(0.97);
    const mean = (a: number[] = []): number => a.reduce((s, x) => s + x, 0) / a.length;
    expect(mean(ratios.get('africa'))).toBeLessThan(mean(ratios.get('americas')));
  });

  it('makes the platform over-represent the young and under-represent the old', () => {
    const census = (band: string): Map<string, number> => index(series(seriesPath('migrant-stock', 'census', `age-${band}`)));
    const social = (band: string): Map<string, number> => index(series(seriesPath('migrant-stock', 'social-audience', `age-${band}`)));
    const ratio = (band: string): number => {
      const c = census(band);
      const s = social(band);
      let sc = 0;
      let ss = 0;
      for (const [key, value] of s) {
        if (!key.endsWith('|2020') || !c.has(key)) continue;
        sc += c.get(key)!;
        ss += value;
      }
      return ss / sc;
    };
    expect(ratio('18-29')).toBeGreaterThan(2 * ratio('65-plus'));
    expect(ratio('30-44')).toBeGreaterThan(2 * ratio('65-plus'));
  });

  it('flags the 2019 platform method change and has only digital sources after 2024', () => {
    const social = series(seriesPath('migrant-stock', 'social-audience')).columns;
    social.period.forEach((p, i) => expect(social.flag?.[i] ?? null).toBe(p === String(SOCIAL_BREAK_YEAR) ? 'break' : null));
    const periods = (path: string): Set<string> => new Set(series(path).columns.period);
    const census = periods(seriesPath('migrant-stock', 'census'));
    expect([...census].sort()).toEqual(CENSUS_PERIODS.map(String));
    expect(census.has('2025') || census.has('2026')).toBe(false);
    const audience = periods(seriesPath('migrant-stock', 'social-audience'));
    expect(audience.has('2025') && audience.has('2026')).toBe(true);
    const share = periods(seriesPath('migrant-share', 'census'));
    expect(share.has('2025')).toBe(false);
  });

  it('lets migrant stock grow in most countries', () => {
    const stock = index(series(seriesPath('migrant-stock', 'census')));
    const grew = inhabited.filter((c) => stock.get(`${c.id}|2024`)! > stock.get(`${c.id}|1990`)!);
    expect(grew.length / inhabited.length).toBeGreaterThan(0.75);
  });

  it('gives high migrant shares to Gulf states and plausible shares everywhere', () => {
    const share = index(series(seriesPath('migrant-share', 'census')));
    for (const [key, value] of share) {
      expect(value, key).toBeGreaterThanOrEqual(0.1);
      expect(value, key).toBeLessThanOrEqual(60);
    }
    for (const gulf of ['ARE', 'QAT', 'KWT']) expect(share.get(`${gulf}|2020`)).toBeGreaterThan(30);
  });

  it('has origins that add up to the destination total minus an unknown-origin remainder', () => {
    const total = index(series(seriesPath('migrant-stock', 'census')));
    let files_ = 0;
    for (const c of inhabited) {
      const path = bilateralPath('migrant-stock', 'census', 'destination', c.id);
      const payload = files.get(path) as Series | undefined;
      if (!payload) continue;
      files_++;
      expect(payload.focus).toEqual({ geo: c.id, role: 'destination' });
      expect(payload.slice).toBe('total');
      const sums = new Map<string, number>();
      payload.columns.period.forEach((p, i) => sums.set(p, (sums.get(p) ?? 0) + payload.columns.value[i]!));
      for (const [period, sum] of sums) {
        const t = total.get(`${c.id}|${period}`)!;
        expect(sum, `${c.id} ${period}`).toBeLessThanOrEqual(t);
        if (t >= 100000) expect(sum / t, `${c.id} ${period}`).toBeGreaterThan(0.8);
      }
      expect(payload.columns.geo.includes(c.id)).toBe(false);
      expect(Math.min(...payload.columns.value)).toBeGreaterThanOrEqual(100);
      expect(new Set(payload.columns.geo).size).toBeLessThanOrEqual(60);
    }
    expect(files_).toBeGreaterThan(175);
  });

  it('has origin files that mirror the destination files', () => {
    const cells = (role: 'origin' | 'destination'): string[] => {
      const out: string[] = [];
      for (const [path, s] of allSeries()) {
        if (!path.startsWith(`bilateral/migrant-stock/census/${role}/`)) continue;
        s.columns.geo.forEach((geo, i) => {
          const [o, d] = role === 'origin' ? [s.focus!.geo, geo] : [geo, s.focus!.geo];
          out.push(`${o}>${d}|${s.columns.period[i]}=${s.columns.value[i]}`);
        });
      }
      return out.sort();
    };
    expect(cells('origin')).toEqual(cells('destination'));
    for (const [path, s] of allSeries()) if (path.startsWith('bilateral/')) expect(s.columns.geo.length, path).toBeGreaterThan(0);
  });

  it('rounds platform audiences to ranges', () => {
    expect(platformRange(12345)).toEqual({ value: 12000, lower: 9000, upper: 15000 });
    expect(platformRange(1234)).toEqual({ value: 1200, lower: 900, upper: 1500 });
    expect(platformRange(40)).toBeNull();
    expect(platformRange(999, 1000)).toEqual({ value: 1000, lower: 800, upper: 1300 });
  });

  it('stays a reasonable size', () => {
    let bytes = 0;
    for (const payload of files.values()) bytes += serialize(payload).length;
    expect(bytes).toBeLessThan(15e6);
  });
});

describe('the committed dataset', () => {
  const dataDir = join(ROOT, 'mocks/demo-data');

  it('equals what generateDemo() produces', () => {
    const committed = listDatasetFiles(dataDir).sort();
    expect(committed, REGENERATE).toEqual([...files.keys()].sort());
    for (const [path, payload] of files) {
      const onDisk = readFileSync(join(dataDir, path), 'utf8');
      if (onDisk !== serialize(payload)) expect.fail(`${path} differs. ${REGENERATE}`);
    }
  });

  it('includes the joined country boundaries', () => {
    const onDisk = readFileSync(join(ROOT, 'public/geo/countries.topo.json'), 'utf8');
    if (onDisk !== serialize(boundaries.topology)) expect.fail(`public/geo/countries.topo.json differs. ${REGENERATE}`);
  });
});
