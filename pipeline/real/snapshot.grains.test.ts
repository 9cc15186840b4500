/**
 * The snapshot's EU corridors hold a monthly digital trace (the Facebook audiences, on their 11
 * collection dates) beside yearly official figures, in an indicator of grain "year". What the app's
 * own pure modules make of that: Compare pairs a month with the official figure of its year, and
 * the map colours the monthly series at its months.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { bilateralPath, seriesPath } from '../../src/contract/paths';
import type { Catalog, Series } from '../../src/contract/schema';
import { buildPairModel, chooseSources, groupSeries } from '../../src/features/compare/compareModel';
import { pickValues } from '../../src/features/map/join';
import { DEFAULT_COMPARE_TOLERANCE } from '../../src/state/viewState';
import { SHARED } from './readback/expected';
import { SNAPSHOT_DIR } from './snapshot';

const built = (path: string): unknown => JSON.parse(readFileSync(join(SNAPSHOT_DIR, path), 'utf8'));
const catalog = built('catalog.json') as Catalog;
const indicator = catalog.indicators.find((i) => i.id === 'eu-migrant-stock')!;
const facebook = built(seriesPath(indicator.id, 'facebook-eu-corridors')) as Series;
const eurostat = built(seriesPath(indicator.id, 'eurostat-eu-corridors')) as Series;
const periods = (series: Series) => [...new Set(series.columns.period)].sort();

describe('a monthly digital trace beside yearly official sources (EU corridors)', () => {
  it('keeps the Facebook audiences at the months of their collection dates, in an indicator of grain "year"', () => {
    const rows = csvParse(readFileSync(join(SHARED, 'facebook-vs-eurostat-eu/Fb_all_2016_2019_users_pop_coverage.csv'), 'utf8'));
    const dates = new Set(rows.map((row) => row.date!.slice(0, 7)));
    expect(indicator.grain).toBe('year');
    expect(periods(facebook)).toEqual([...dates].sort());
    expect(periods(facebook)).toHaveLength(11);
    expect(periods(eurostat).every((p) => /^\d{4}$/.test(p))).toBe(true);
    expect(catalog.sources.find((s) => s.id === 'facebook-eu-corridors')!.latestPeriod).toBe('2019-06');
  });

  it('Compare opens on Eurostat against Facebook, at the latest month whose year Eurostat has, each month paired with that year', () => {
    const { a, b } = chooseSources(catalog, indicator, { a: null, b: null });
    expect([a?.id, b?.id]).toEqual(['eurostat-eu-corridors', 'facebook-eu-corridors']);
    const model = buildPairModel(groupSeries(eurostat), groupSeries(facebook), null, DEFAULT_COMPARE_TOLERANCE)!;
    const latestOfficial = periods(eurostat).at(-1)!;
    const month = periods(facebook)
      .filter((p) => p.startsWith(latestOfficial))
      .at(-1);
    expect(model.period).toBe(month);
    const both = new Set(eurostat.columns.geo.filter((_, i) => eurostat.columns.period[i] === latestOfficial));
    const paired = facebook.columns.geo.filter((geo, i) => facebook.columns.period[i] === month && both.has(geo));
    expect(model.pairs.map((p) => p.geo).sort()).toEqual(paired.sort());
    expect(model.pairs.every((p) => p.a.period === latestOfficial && p.distance === 0)).toBe(true);
  });

  it('Compare replaces a year chosen elsewhere by a month the monthly source has', () => {
    const model = buildPairModel(groupSeries(eurostat), groupSeries(facebook), '2018', DEFAULT_COMPARE_TOLERANCE)!;
    expect(model.periodReplaced).toBe(true);
    expect(model.period).toMatch(/^2018-\d{2}$/);
  });

  it('the map picks the monthly values at a month, for the totals and for one corridor file', () => {
    const picked = pickValues(facebook, '2019-06', 0);
    expect([...picked.keys()].sort()).toEqual(facebook.columns.geo.filter((_, i) => facebook.columns.period[i] === '2019-06').sort());
    const toUk = built(bilateralPath(indicator.id, 'facebook-eu-corridors', 'destination', 'GBR')) as Series;
    const nearest = pickValues(toUk, '2019-02', 1); // no collection in 2019-02: the next month, 2019-03, within one month
    expect(nearest.get('POL')).toMatchObject({ period: '2019-03', offset: 1 });
  });
});
