import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../contract/schema';
import { buildTableRows, sortRows } from './tableRows';

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
