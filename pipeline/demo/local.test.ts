import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LEVEL_RULES } from '../../src/contract/levels';
import { bilateralPath, seriesPath } from '../../src/contract/paths';
import type { Catalog, Series } from '../../src/contract/schema';
import { parseCatalog } from '../../src/contract/validate';
import { joinBoundaries } from '../geo/boundaries';
import { DEFAULT_SEED, generateDemo } from './generate';
import { readLevelUnits } from './levels';
import { STATE_ORIGINS } from './localCatalog';

const ROOT = resolve(__dirname, '../..');
const units = readLevelUnits();
let files: Map<string, unknown>;
let catalog: Catalog;
const series = (path: string): Series => {
  const payload = files.get(path);
  if (payload === undefined) throw new Error(`no file ${path}`);
  return payload as Series;
};
const unitsAt = (level: string): string[] => units.filter((u) => u.level === level).map((u) => u.id);
const years = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

beforeAll(() => {
  files = generateDemo(DEFAULT_SEED, joinBoundaries(), units);
  catalog = parseCatalog(files.get('catalog.json'));
}, 60_000);

describe('the demo levels below the country', () => {
  it('lists NUTS-2, NUTS-3 and US-state levels with their boundaries files and attributions', () => {
    expect(catalog.geographies.levels?.map((l) => [l.id, l.codes, l.boundaries])).toEqual([
      ['nuts2', 'NUTS 2024', 'nuts2.topo.json'],
      ['nuts3', 'NUTS 2021', 'nuts3.topo.json'],
      ['us-state', 'US Census FIPS state codes', 'us-state.topo.json'],
    ]);
    for (const level of catalog.geographies.levels ?? []) {
      expect(level.i18n?.fr?.name && level.i18n?.es?.name, level.id).toBeTruthy();
      expect(level.attribution, level.id).not.toBe('');
    }
    expect(catalog.geographies.levels?.[0]?.attribution).toMatch(/EuroGeographics/);
  });

  it('names every region and state with its code fitting the level and the country it lies in', () => {
    expect(unitsAt('nuts2')).toHaveLength(299);
    expect(unitsAt('nuts3')).toHaveLength(1514);
    expect(unitsAt('us-state')).toHaveLength(51);
    for (const u of units) {
      expect(LEVEL_RULES[u.level].pattern.test(u.id), `${u.level} ${u.id}`).toBe(true);
      expect(u.id.endsWith('ZZ'), u.id).toBe(false);
      expect(u.name.length, u.id).toBeGreaterThan(0);
    }
    const unit = (id: string) => catalog.geographies.units?.find((u) => u.id === id);
    expect(unit('EL30')).toMatchObject({ level: 'nuts2', country: 'GRC' });
    expect(unit('UKI31')).toMatchObject({ level: 'nuts3', country: 'GBR' });
    expect(unit('DE111')).toMatchObject({ level: 'nuts3', name: 'Stuttgart, Stadtkreis', country: 'DEU' });
    expect(unit('06')).toMatchObject({ level: 'us-state', name: 'California', country: 'USA' });
    expect(unit('72')).toBeUndefined(); // Puerto Rico is a country of the catalog, not a state
    expect(catalog.geographies.units).toHaveLength(units.length);
  });

  it('gives every NUTS-3 region a migrant share for every year 2010–2024 (the bench’s period change)', () => {
    const s = series(seriesPath('migrant-share', 'regional-registers-nuts3'));
    expect(s.level).toBe('nuts3');
    const cells = new Set(s.columns.geo.map((geo, i) => `${geo}|${s.columns.period[i]}`));
    for (const id of unitsAt('nuts3')) for (const year of years(2010, 2024)) expect(cells.has(`${id}|${year}`), `${id} ${year}`).toBe(true);
    expect(s.columns.geo).toHaveLength(1514 * 15);
    const values = s.columns.value;
    expect(Math.min(...values)).toBeGreaterThan(0);
    expect(Math.max(...values)).toBeLessThan(80);
    // Regions differ within a country: not every German region has the same share.
    const german = new Set(values.filter((_, i) => s.columns.geo[i]!.startsWith('DE') && s.columns.period[i] === '2020'));
    expect(german.size).toBeGreaterThan(100);
  });

  it('has a NUTS-2 and a US-state source of migrant shares, declared at their level', () => {
    const indicator = catalog.indicators.find((i) => i.id === 'migrant-share')!;
    expect(indicator.sources.map((r) => [r.id, r.level ?? 'country'])).toEqual([
      ['census', 'country'],
      ['social-audience', 'country'],
      ['regional-registers-nuts2', 'nuts2'],
      ['regional-registers-nuts3', 'nuts3'],
      ['state-survey', 'us-state'],
    ]);
    const nuts2 = series(seriesPath('migrant-share', 'regional-registers-nuts2'));
    expect(nuts2.level).toBe('nuts2');
    expect(new Set(nuts2.columns.geo)).toEqual(new Set(unitsAt('nuts2')));
    const states = series(seriesPath('migrant-share', 'state-survey'));
    expect(states.level).toBe('us-state');
    expect(new Set(states.columns.geo).size).toBe(51);
    states.columns.value.forEach((v, i) => {
      expect(states.columns.lower![i]!).toBeLessThan(v);
      expect(states.columns.upper![i]!).toBeGreaterThan(v);
    });
  });

  it('has a US-state pair for Compare: people born in a country, by state, from a survey and a platform', () => {
    const indicator = catalog.indicators.find((i) => i.id === 'migrant-stock')!;
    const refs = indicator.sources.filter((r) => r.level === 'us-state');
    expect(refs).toEqual([
      { id: 'state-survey', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
      { id: 'state-social-audience', breakdowns: [], total: false, level: 'us-state', focusLevel: 'country', roles: ['origin'] },
    ]);
    expect(catalog.sources.find((s) => s.id === 'state-social-audience')).toMatchObject({
      comparesWith: 'state-survey',
      counts: 'lived-in',
      demo: true,
    });
    expect(catalog.sources.find((s) => s.id === 'state-survey')).toMatchObject({ kind: 'survey', counts: 'country-of-birth', demo: true });
    for (const source of ['state-survey', 'state-social-audience']) {
      const paths = [...files.keys()].filter((p) => p.startsWith(`bilateral/migrant-stock/${source}/`));
      expect(paths, source).toHaveLength(STATE_ORIGINS);
      expect(paths.every((p) => p.startsWith(`bilateral/migrant-stock/${source}/origin/`))).toBe(true);
      expect(files.has(seriesPath('migrant-stock', source))).toBe(false);
    }
    const survey = series(bilateralPath('migrant-stock', 'state-survey', 'origin', 'MEX'));
    const audience = series(bilateralPath('migrant-stock', 'state-social-audience', 'origin', 'MEX'));
    expect(survey.level).toBe('us-state');
    expect(survey.focus).toEqual({ geo: 'MEX', role: 'origin', level: 'country' });
    expect(new Set(survey.columns.geo).size).toBe(51);
    expect(audience.columns.value.every((v) => v >= 1000 && v % 100 === 0)).toBe(true);
  });

  it('makes the platform agree with the survey by state strongly but not perfectly in a shared year', () => {
    const logs = (s: Series): Map<string, number> =>
      new Map(s.columns.geo.flatMap((geo, i) => (s.columns.period[i] === '2023' ? [[geo, Math.log(s.columns.value[i]!)] as const] : [])));
    const xs: number[] = [];
    const ys: number[] = [];
    for (const origin of ['MEX', 'CHN', 'IND']) {
      const survey = logs(series(bilateralPath('migrant-stock', 'state-survey', 'origin', origin)));
      const audience = logs(series(bilateralPath('migrant-stock', 'state-social-audience', 'origin', origin)));
      for (const [state, y] of audience) {
        const x = survey.get(state);
        if (x === undefined) continue;
        xs.push(x);
        ys.push(y);
      }
    }
    expect(xs.length).toBeGreaterThan(60);
    const mean = (a: number[]): number => a.reduce((s, x) => s + x, 0) / a.length;
    const [mx, my] = [mean(xs), mean(ys)];
    const cov = mean(xs.map((x, i) => (x - mx) * (ys[i]! - my)));
    const r = cov / Math.sqrt(mean(xs.map((x) => (x - mx) ** 2)) * mean(ys.map((y) => (y - my) ** 2)));
    expect(r).toBeGreaterThan(0.7);
    expect(r).toBeLessThan(0.99);
  });
});

describe('the level boundaries files the pipeline writes', () => {
  // public/geo/{level}.topo.json comes from the real pipeline (data:build), not data:demo; when a file
  // is there, the demo units must be exactly its geometries, or the demo map would have holes.
  for (const level of ['nuts2', 'nuts3', 'us-state']) {
    const file = join(ROOT, 'public/geo', `${level}.topo.json`);
    it(`${level}: when present, has one geometry for each demo unit`, () => {
      if (!existsSync(file)) return;
      const topology = JSON.parse(readFileSync(file, 'utf8')) as { objects: { units: { geometries: { id: string }[] } } };
      const ids = topology.objects.units.geometries.map((g) => g.id);
      expect(new Set(ids)).toEqual(new Set(unitsAt(level)));
    });
  }
});
