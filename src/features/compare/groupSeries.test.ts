import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_VERSION, type Series } from '../../contract/schema';
import { observationsOf } from '../../data/observations';
import { runInSlices } from '../../lib/slices';
import { groupSeries, groupSeriesSteps, isGrouped } from './compareModel';
import { coverageOf } from './coverage';
import { byCountry, periodsIn } from './periods';

const series = (rows: { geo: string; period: string; value: number }[]): Series => ({
  contract: CONTRACT_VERSION,
  indicator: 'migrant-stock',
  source: 'census',
  slice: 'total',
  focus: null,
  releaseDate: '2025-01-01',
  columns: { geo: rows.map((r) => r.geo), period: rows.map((r) => r.period), value: rows.map((r) => r.value) },
});

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
        expect(sliced).toEqual(expected);
        expect(periodsIn(sliced)).toEqual(periodsIn(new Map(expected)));
        expect(coverageOf(sliced)).toEqual(coverageOf(new Map(expected)));
        expect(groupSeries(series(rows))).toEqual(expected);
      }),
    );
  });

  it('groups a series once: the second call returns the first result', () => {
    const s = series([{ geo: 'DEU', period: '2020', value: 1 }]);
    expect(isGrouped(s)).toBe(false);
    const first = groupSeries(s);
    expect(isGrouped(s)).toBe(true);
    expect(groupSeries(s)).toBe(first);
  });
});
