import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../contract/schema';
import { buildPeriodRows, buildTableRows, changeBetween, effectivePeriodSort, shownPeriods, sortPeriodRows, sortRows } from './tableRows';

const countries = [
  { id: 'DEU', name: 'Germany', region: 'europe', subregion: 'western-europe' },
  { id: 'ETH', name: 'Ethiopia', region: 'africa', subregion: 'eastern-africa' },
  { id: 'AUT', name: 'Austria', region: 'europe', subregion: 'western-europe' },
  { id: 'FJI', name: 'Fiji', region: 'oceania', subregion: 'melanesia' },
];
const regions = [
  { id: 'europe', name: 'Europe', parent: null },
  { id: 'africa', name: 'Africa', parent: null },
];
const series: Series = {
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'census',
  slice: 'total',
  focus: null,
  releaseDate: '2025-01-15',
  columns: {
    geo: ['DEU', 'ETH', 'AUT', 'DEU', 'FJI'],
    period: ['2020', '2020', '2020', '2015', '2015'],
    value: [15_000_000, 1_100_000, 1_700_000, 12_000_000, 14_000],
    lower: [null, 900_000, null, null, null],
    upper: [null, 1_300_000, null, null, null],
    flag: [null, 'estimate', null, null, null],
  },
};

describe('buildTableRows', () => {
  const rows = buildTableRows(countries, regions, series, '2020', ['ETH']);

  it('gives every country a row, with its value at the period only', () => {
    expect(rows.map((r) => [r.geo, r.value])).toEqual([
      ['DEU', 15_000_000],
      ['ETH', 1_100_000],
      ['AUT', 1_700_000],
      ['FJI', null],
    ]);
  });

  it('carries bounds, flag, period, region name and selection', () => {
    const eth = rows.find((r) => r.geo === 'ETH');
    expect(eth).toMatchObject({ lower: 900_000, upper: 1_300_000, flag: 'estimate', period: '2020', region: 'Africa', selected: true });
    expect(rows.find((r) => r.geo === 'FJI')).toMatchObject({ region: 'oceania', period: null, selected: false });
  });

  it('sorts by value both ways, countries without a value last', () => {
    expect(sortRows(rows, 'value', 'descending', 'en').map((r) => r.geo)).toEqual(['DEU', 'AUT', 'ETH', 'FJI']);
    expect(sortRows(rows, 'value', 'ascending', 'en').map((r) => r.geo)).toEqual(['ETH', 'AUT', 'DEU', 'FJI']);
  });

  it('sorts by name and by region, ties broken by name', () => {
    expect(sortRows(rows, 'name', 'ascending', 'en').map((r) => r.geo)).toEqual(['AUT', 'ETH', 'FJI', 'DEU']);
    expect(sortRows(rows, 'region', 'descending', 'en').map((r) => r.geo)).toEqual(['FJI', 'AUT', 'DEU', 'ETH']);
  });
});

describe('several periods as columns', () => {
  const years: Series = {
    ...series,
    columns: {
      geo: ['DEU', 'DEU', 'DEU', 'ETH', 'ETH', 'AUT', 'AUT', 'FJI', 'FJI'],
      period: ['2000', '2010', '2020', '2000', '2020', '2000', '2010', '2000', '2020'],
      value: [9_000_000, 10_000_000, 15_000_000, 1_000_000, 800_000, 0, 1_700_000, 2_000, 3_000],
    },
  };
  const periods = shownPeriods(years, 'all');
  const rows = buildPeriodRows(countries, years, periods, ['AUT']);
  const row = (geo: string) => rows.find((r) => r.geo === geo);

  it('shows every period of the source, or those in a range (both ends included; a year end takes in its months)', () => {
    expect(periods).toEqual(['2000', '2010', '2020']);
    expect(shownPeriods(years, { from: '2005', to: '2020' })).toEqual(['2010', '2020']);
    expect(shownPeriods(years, { from: '2021', to: '2030' })).toEqual([]);
    const months: Series = {
      ...series,
      columns: { geo: ['DEU', 'DEU', 'DEU', 'DEU'], period: ['2019-12', '2020-01', '2020-12', '2021-01'], value: [1, 2, 3, 4] },
    };
    expect(shownPeriods(months, { from: '2020', to: '2020' })).toEqual(['2020-01', '2020-12']);
    expect(shownPeriods(months, { from: '2020-01', to: '2021-01' })).toEqual(['2020-01', '2020-12', '2021-01']);
  });

  it('gives every country its value at each period, null where it has none', () => {
    expect(row('DEU')?.values).toEqual([9_000_000, 10_000_000, 15_000_000]);
    expect(row('ETH')?.values).toEqual([1_000_000, null, 800_000]);
    expect(row('AUT')).toMatchObject({ values: [0, 1_700_000, null], selected: true });
    expect(row('DEU')?.selected).toBe(false);
  });

  it('computes the change and % change from the first to the last shown period', () => {
    expect(row('DEU')).toMatchObject({ change: 6_000_000 });
    expect(row('DEU')?.changePct).toBeCloseTo(66.667, 3);
    expect(row('ETH')).toMatchObject({ change: -200_000, changePct: -20 });
    // The last period missing: no change at all, not a change from the last value the country has.
    expect(row('AUT')).toMatchObject({ change: null, changePct: null });
    expect(row('FJI')).toMatchObject({ change: 1_000, changePct: 50 });
  });

  it('has no % change from a zero base, and measures a change from a negative base by its size', () => {
    expect(changeBetween(0, 1_700_000)).toEqual({ change: 1_700_000, changePct: null });
    expect(changeBetween(0, 0)).toEqual({ change: 0, changePct: null });
    expect(changeBetween(-1_000, 500)).toEqual({ change: 1_500, changePct: 150 });
    expect(changeBetween(-1_000, -2_000)).toEqual({ change: -1_000, changePct: -100 });
    expect(changeBetween(null, 5)).toEqual({ change: null, changePct: null });
  });

  it('has no change with a single period shown', () => {
    const one = buildPeriodRows(countries, years, ['2020'], []);
    expect(one.map((r) => [r.values, r.change, r.changePct])[0]).toEqual([[15_000_000], null, null]);
  });

  it('sorts by every column both ways, missing values last, ties by name', () => {
    const order = (key: Parameters<typeof sortPeriodRows>[2], direction: 'ascending' | 'descending') =>
      sortPeriodRows(rows, periods, key, direction, 'en').map((r) => r.geo);
    expect(order({ period: '2020' }, 'descending')).toEqual(['DEU', 'ETH', 'FJI', 'AUT']);
    expect(order({ period: '2020' }, 'ascending')).toEqual(['FJI', 'ETH', 'DEU', 'AUT']);
    expect(order({ period: '2010' }, 'ascending')).toEqual(['AUT', 'DEU', 'ETH', 'FJI']);
    expect(order('change', 'descending')).toEqual(['DEU', 'FJI', 'ETH', 'AUT']);
    expect(order('change', 'ascending')).toEqual(['ETH', 'FJI', 'DEU', 'AUT']);
    expect(order('changePct', 'descending')).toEqual(['DEU', 'FJI', 'ETH', 'AUT']);
    expect(order('name', 'ascending')).toEqual(['AUT', 'ETH', 'FJI', 'DEU']);
    expect(order('name', 'descending')).toEqual(['DEU', 'FJI', 'ETH', 'AUT']);
  });

  it('falls back to the last period, largest first, when the sorted period is no longer a column', () => {
    expect(effectivePeriodSort(null, periods)).toEqual({ key: { period: '2020' }, direction: 'descending' });
    expect(effectivePeriodSort({ key: { period: '1990' }, direction: 'ascending' }, periods)).toEqual({
      key: { period: '2020' },
      direction: 'descending',
    });
    expect(effectivePeriodSort({ key: 'change', direction: 'ascending' }, periods)).toEqual({ key: 'change', direction: 'ascending' });
    expect(effectivePeriodSort(null, [])).toEqual({ key: 'name', direction: 'ascending' });
  });
});
