import { describe, expect, it } from 'vitest';
import { aggregatesCatalog, censusWithAggregates } from '../../mocks/fixtures/aggregates';
import { fixtureCatalog, fixtureSeries } from '../../mocks/fixtures/dataset';
import { formatRange } from '../i18n/format';
import { aggregatePeriodRows, aggregateRowsAt, aggregatesIn, withAggregateRows } from './aggregates';
import { valuesAt } from './observations';

describe('aggregates', () => {
  it('gives each aggregate’s own figure at the period, in the catalog’s order, marked by kind', () => {
    expect(aggregateRowsAt(aggregatesCatalog, censusWithAggregates, '2020')).toEqual([
      { id: 'WLD', name: 'World', kind: 'world', value: 280_600_000, lower: null, upper: null, flag: null, period: '2020' },
      {
        id: 'EU27_2020',
        name: 'European Union (27)',
        kind: 'union',
        value: 38_000_000,
        lower: null,
        upper: null,
        flag: 'provisional',
        period: '2020',
      },
    ]);
    expect(aggregateRowsAt(aggregatesCatalog, censusWithAggregates, '2010')).toEqual([]);
  });

  it('invents none: a series or catalog without aggregates gives none, and an id the catalog does not list is left out', () => {
    expect(aggregateRowsAt(aggregatesCatalog, fixtureSeries[2]!, '2020')).toEqual([]);
    expect(aggregateRowsAt(fixtureCatalog, censusWithAggregates, '2020')).toEqual([]);
    expect(aggregatesIn(aggregatesCatalog, fixtureSeries[2]!)).toEqual([]);
    expect(aggregatesIn(aggregatesCatalog, censusWithAggregates).map((a) => a.id)).toEqual(['WLD', 'EU27_2020']);
  });

  it('gives each aggregate across period columns with the change from the first to the last, and none the source does not publish', () => {
    expect(aggregatePeriodRows(aggregatesCatalog, censusWithAggregates, ['2010', '2015', '2020'])).toEqual([
      { id: 'WLD', name: 'World', kind: 'world', values: [null, 248_000_000, 280_600_000], change: null, changePct: null },
      { id: 'EU27_2020', name: 'European Union (27)', kind: 'union', values: [null, 35_000_000, 38_000_000], change: null, changePct: null },
    ]);
    const [world] = aggregatePeriodRows(aggregatesCatalog, censusWithAggregates, ['2015', '2020']);
    expect(world?.change).toBe(32_600_000);
    expect(world?.changePct).toBeCloseTo(13.145, 3);
    expect(aggregatePeriodRows(aggregatesCatalog, censusWithAggregates, ['2010'])).toEqual([]);
    expect(aggregatePeriodRows(aggregatesCatalog, fixtureSeries[2]!, ['2015', '2020'])).toEqual([]);
  });

  it('keeps them out of the countries’ values, which every ranking, map and count reads', () => {
    expect([...valuesAt(censusWithAggregates, '2020').keys()]).toEqual(['DEU', 'FRA', 'ETH', 'USA', 'IND']);
  });

  it('appends them to the columns only for a chart of chosen lines, filling the optional columns', () => {
    const merged = withAggregateRows(censusWithAggregates);
    expect(merged.columns.geo.slice(-4)).toEqual(['EU27_2020', 'EU27_2020', 'WLD', 'WLD']);
    expect(merged.columns.flag?.slice(-3)).toEqual(['provisional', null, null]);
    expect(merged.columns.lower).toBeUndefined();
    expect(merged.columns.value).toHaveLength(merged.columns.geo.length);
    expect(withAggregateRows(fixtureSeries[2]!)).toBe(fixtureSeries[2]);
  });

  it('writes a range only where both ends are known', () => {
    expect(formatRange(8_800_000, 13_700_000, 'persons', 'en')).toBe('8,800,000 – 13,700,000');
    expect(formatRange(null, 13_700_000, 'persons', 'en')).toBe('');
  });
});
