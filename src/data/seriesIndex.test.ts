import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../contract/schema';
import { adoptIndex, alignToGrain, buildIndex, indexOf } from './seriesIndex';

const series = (geo: string[], period: string[]): Series => ({
  contract: CONTRACT_VERSION,
  indicator: 'x',
  source: 's',
  slice: 'total',
  focus: null,
  releaseDate: '2025-01-01',
  columns: { geo, period, value: geo.map((_, i) => i) },
});

const entries = (s: Series) =>
  Object.fromEntries([...buildIndex(s).byGeo].map(([geo, e]) => [geo, { ordinals: Array.from(e.ordinals), rows: Array.from(e.rows) }]));

describe('buildIndex', () => {
  it("puts each country's rows in period order, whatever the file's order", () => {
    const s = series(['AAA', 'BBB', 'AAA', 'AAA'], ['2022', '2020', '2010', '2015']);
    expect(entries(s)).toEqual({ AAA: { ordinals: [2010, 2015, 2022], rows: [2, 3, 0] }, BBB: { ordinals: [2020], rows: [1] } });
  });

  it('keeps the first row of a repeated period, as the table does', () => {
    expect(entries(series(['AAA', 'AAA', 'AAA'], ['2020', '2019', '2020']))).toEqual({ AAA: { ordinals: [2019, 2020], rows: [1, 0] } });
  });

  it("takes the grain of the first valid period and leaves the other grain's rows out", () => {
    const s = series(['AAA', 'AAA', 'BBB', 'AAA'], ['2020-13', '2020-02', '2021', '2020-01']);
    expect(buildIndex(s).grain).toBe('month');
    expect(entries(s)).toEqual({ AAA: { ordinals: [2020 * 12, 2020 * 12 + 1], rows: [3, 1] } });
  });

  it('is built once per series object, or adopted from the worker', () => {
    const s = series(['AAA'], ['2020']);
    expect(indexOf(s)).toBe(indexOf(s));
    const t = series(['AAA'], ['2020']);
    const adopted = { grain: 'year' as const, byGeo: new Map() };
    adoptIndex(t, adopted);
    expect(indexOf(t)).toBe(adopted);
  });
});

describe('alignToGrain', () => {
  const months = ['2016-05', '2017-04', '2018-04', '2018-11', '2019-06'];
  it("shows a year chosen on a yearly source as that year's latest collection month of a monthly source", () => {
    expect(alignToGrain('2018', months)).toBe('2018-11');
    expect(alignToGrain('2016', months)).toBe('2016-05');
  });
  it('keeps a year the monthly source has no month in, so the map says there is no data for it', () => {
    expect(alignToGrain('2012', months)).toBe('2012');
  });
  it('shows a month chosen on a monthly source as its year on a yearly source', () => {
    expect(alignToGrain('2018-11', ['2016', '2017', '2018'])).toBe('2018');
  });
  it("leaves a period of the series' own grain, and any period of an empty series, as chosen", () => {
    expect(alignToGrain('2015', ['2016', '2017'])).toBe('2015');
    expect(alignToGrain('2018-03', months)).toBe('2018-03');
    expect(alignToGrain('2018', [])).toBe('2018');
  });
});
