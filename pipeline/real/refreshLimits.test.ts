import { describe, expect, it } from 'vitest';
import type { Series } from '../../src/contract/schema';
import { compareSnapshots } from './changes';
import { implausibleChanges } from './refreshLimits';
import { series, snapshot, type Row } from './snapshotFixture.test-utils';

const dates = { from: '2026-01-01', to: '2026-02-01' };
const rows = (countries: readonly string[], periods: readonly string[]): Row[] =>
  countries.flatMap((geo) => periods.map((period): Row => [geo, period, 1]));
const TEN = ['AUT', 'BEL', 'CHE', 'DEU', 'DNK', 'ESP', 'FIN', 'FRA', 'ITA', 'NLD'];
const judge = (before: Series[], after: Series[]) => implausibleChanges(compareSnapshots(snapshot(before), snapshot(after), dates));

describe('implausibleChanges', () => {
  it('lets revisions, new periods and the loss of up to half the values and a fifth of the countries through', () => {
    const before = series('refugees', 'unhcr', rows(TEN, ['2019', '2020']));
    expect(judge([before], [series('refugees', 'unhcr', rows(TEN, ['2020', '2021', '2022']))])).toEqual([]);
    const eightCountriesTenValues = [...rows(TEN.slice(0, 8), ['2020']), ...rows(TEN.slice(0, 2), ['2021'])];
    expect(judge([before], [series('refugees', 'unhcr', eightCountriesTenValues)])).toEqual([]);
  });

  it('stops a source that keeps less than half its values or 80% of its countries, or is gone', () => {
    const before = [series('refugees', 'unhcr', rows(TEN, ['2019', '2020'])), series('refugees', 'wb', rows(TEN, ['2020']))];
    expect(judge(before, [series('refugees', 'unhcr', rows(TEN, ['2020']).slice(0, 9))])).toEqual([
      'unhcr: keeps 9 of its 20 values (45%; at least 50% expected)',
      'wb: gone from the new build (it had 10 values)',
    ]);
    expect(judge(before.slice(0, 1), [series('refugees', 'unhcr', rows(TEN.slice(0, 7), ['2019', '2020', '2021']))])).toEqual([
      'unhcr: keeps 7 of its 10 countries (70%; at least 80% expected; dropped: FRA, ITA, NLD)',
    ]);
  });

  it('lets a source the committed snapshot did not have through', () => {
    expect(judge([], [series('refugees', 'unhcr', rows(TEN, ['2020']))])).toEqual([]);
  });
});
