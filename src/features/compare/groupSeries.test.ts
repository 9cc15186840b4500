import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../../contract/schema';
import { observationsOf } from '../../data/observations';
import { runInSlices } from '../../lib/slices';
import { groupSeries, groupSeriesSteps, isGrouped } from './compareModel';
import { coverageOf } from './coverage';
import { byCountry, periodsIn, type CountryObservations } from './periods';

const series = (rows: { geo: string; period: string; value: number }[]): Series => ({
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'census',
  slice: 'total',
  focus: null,
  releaseDate: '2025-01-01',
  columns: { geo: rows.map((r) => r.geo), period: rows.map((r) => r.period), value: rows.map((r) => r.value) },
});

/** A grouping as plain data: countries and their periods in iteration order, with each observation and the lookups. */
const plain = (grouped: ReadonlyMap<string, CountryObservations>) =>
  [...grouped].map(([geo, periods]) => ({
    geo,
    size: periods.size,
    entries: [...periods],
    keys: [...periods.keys()],
    values: [...periods.values()],
    looked: ['2010', '2015', '2020', '2020-01', '2021-07', '1999'].map((p) => [periods.has(p), periods.get(p)]),
  }));

const rowArb = fc.record({
  geo: fc.constantFrom('DEU', 'FRA', 'SYR', 'USA', 'MEX'),
  period: fc.constantFrom('2010', '2015', '2020', '2020-01', '2021-07'),
  value: fc.integer({ min: 0, max: 1e6 }),
});

describe('groupSeries', () => {
  it('in slices or at once, groups as byCountry does (first row of a period wins), with the same distinct periods and coverage', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowArb, { maxLength: 60 }), async (rows) => {
        const expected = byCountry(observationsOf(series(rows)));
        const sliced = await runInSlices(groupSeriesSteps(series(rows)), { budgetMs: 0, pause: async () => {} });
        expect(plain(sliced)).toEqual(plain(expected));
        expect(periodsIn(sliced)).toEqual(periodsIn(new Map(expected)));
        expect(coverageOf(sliced)).toEqual(coverageOf(new Map(expected)));
        expect(plain(groupSeries(series(rows)))).toEqual(plain(expected));
      }),
    );
  });

  it('gives the same observation object each time it is read', () => {
    const deu = groupSeries(series([{ geo: 'DEU', period: '2020', value: 1 }])).get('DEU') as CountryObservations;
    expect(deu.get('2020')).toBe(deu.get('2020'));
    expect([...deu.values()][0]).toBe(deu.get('2020'));
  });

  it('groups a series once: the second call returns the first result', () => {
    const s = series([{ geo: 'DEU', period: '2020', value: 1 }]);
    expect(isGrouped(s)).toBe(false);
    const first = groupSeries(s);
    expect(isGrouped(s)).toBe(true);
    expect(groupSeries(s)).toBe(first);
  });
});
