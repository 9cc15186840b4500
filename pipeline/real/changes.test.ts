import { describe, expect, it } from 'vitest';
import { compareSnapshots, hasChanges, parseChangeReport } from './changes';
import { series, snapshot as fixture } from './snapshotFixture.test-utils';
import type { Series } from '../../src/contract/schema';

const snapshot = (...items: Series[]) => fixture(items);

const dates = { from: '2026-01-01', to: '2026-02-01' };

describe('compareSnapshots', () => {
  it('says every source is added, with all its periods and countries, when there was no snapshot', () => {
    const next = snapshot(
      series('migrant-stock', 'wb', [
        ['DEU', '2020', 1],
        ['FRA', '2019', 2],
      ]),
    );
    const { report, counts } = compareSnapshots(null, next, { from: null, to: '2026-02-01' });
    expect(report).toEqual({
      format: 'migration-lens/changes',
      version: 1,
      from: null,
      to: '2026-02-01',
      sources: [
        {
          id: 'wb',
          status: 'added',
          periodsAdded: ['2019', '2020'],
          periodsRemoved: [],
          revised: { count: 0, largest: [] },
          countriesAdded: ['DEU', 'FRA'],
          countriesDropped: [],
        },
      ],
    });
    expect(counts.get('wb')).toEqual({ valuesBefore: 0, valuesAfter: 2, valuesAdded: 2, valuesRemoved: 0, countriesBefore: 0, countriesAfter: 2 });
    expect(() => parseChangeReport(report)).not.toThrow();
  });

  it('finds periods added and removed, countries added and dropped, and counts revised values only where both have one', () => {
    const previous = snapshot(
      series('migrant-stock', 'wb', [
        ['DEU', '2019', 100],
        ['DEU', '2020', 200],
        ['SRB', '2019', 5],
      ]),
    );
    const next = snapshot(
      series('migrant-stock', 'wb', [
        ['DEU', '2020', 210],
        ['DEU', '2021', 220],
        ['XKX', '2021', 7],
      ]),
    );
    const { report, counts } = compareSnapshots(previous, next, dates);
    expect(report.sources).toEqual([
      {
        id: 'wb',
        status: 'changed',
        periodsAdded: ['2021'],
        periodsRemoved: ['2019'],
        revised: { count: 1, largest: [{ indicator: 'migrant-stock', slice: 'total', geo: 'DEU', period: '2020', before: 200, after: 210 }] },
        countriesAdded: ['XKX'],
        countriesDropped: ['SRB'],
      },
    ]);
    expect(counts.get('wb')).toMatchObject({ valuesBefore: 3, valuesAfter: 3, valuesAdded: 2, valuesRemoved: 2 });
  });

  it('lists at most five revisions, the largest relative change first, across indicators and breakdowns', () => {
    const before = [
      ['AAA', 100],
      ['BBB', 100],
      ['CCC', 100],
      ['DDD', 100],
      ['EEE', 100],
      ['FFF', 100],
    ] as const;
    const after = { AAA: 101, BBB: 150, CCC: 90, DDD: 300, EEE: 100, FFF: 99 } as Record<string, number>;
    const previous = snapshot(
      series(
        'migrant-stock',
        'un',
        before.map(([g, v]) => [g, '2020', v]),
      ),
      series('migrant-stock', 'un', [['DEU', '2020', 0]], 'sex-female'),
      series('population', 'un', [['DEU', '2020', 1000]]),
    );
    const next = snapshot(
      series(
        'migrant-stock',
        'un',
        before.map(([g]) => [g, '2020', after[g]!]),
      ),
      series('migrant-stock', 'un', [['DEU', '2020', 4]], 'sex-female'),
      series('population', 'un', [['DEU', '2020', 1001]]),
    );
    const { report } = compareSnapshots(previous, next, dates);
    const revised = report.sources[0]!.revised;
    expect(revised.count).toBe(7);
    expect(revised.largest.map((r) => `${r.slice} ${r.geo} ${r.before}→${r.after}`)).toEqual([
      'sex-female DEU 0→4', // from zero: an infinite relative change
      'total DDD 100→300',
      'total BBB 100→150',
      'total CCC 100→90',
      'total AAA 100→101', // before FFF 100→99: the same change, in code order; population 1000→1001 is smaller
    ]);
  });

  it('reads each bilateral value once, from its destination file, and names its origin', () => {
    const previous = snapshot(
      series(
        'migrant-stock',
        'od',
        [
          ['TUR', '2019', 10],
          ['POL', '2019', 4],
        ],
        'total',
        { geo: 'DEU', role: 'destination' },
      ),
      series('migrant-stock', 'od', [['DEU', '2019', 10]], 'total', { geo: 'TUR', role: 'origin' }),
      series('migrant-stock', 'od', [['DEU', '2019', 4]], 'total', { geo: 'POL', role: 'origin' }),
    );
    const next = snapshot(
      series(
        'migrant-stock',
        'od',
        [
          ['TUR', '2019', 12],
          ['POL', '2019', 4],
        ],
        'total',
        { geo: 'DEU', role: 'destination' },
      ),
      series('migrant-stock', 'od', [['DEU', '2019', 12]], 'total', { geo: 'TUR', role: 'origin' }),
      series('migrant-stock', 'od', [['DEU', '2019', 4]], 'total', { geo: 'POL', role: 'origin' }),
    );
    const { report, counts } = compareSnapshots(previous, next, dates);
    expect(report.sources[0]!.revised).toEqual({
      count: 1,
      largest: [{ indicator: 'migrant-stock', slice: 'total', geo: 'DEU', origin: 'TUR', period: '2019', before: 10, after: 12 }],
    });
    expect(counts.get('od')).toMatchObject({ valuesBefore: 2, valuesAfter: 2, countriesAfter: 3 });
  });

  it('reads a bilateral breakdown once too, from its destination file', () => {
    const female = (value: number) => [
      series('migrant-stock', 'od', [['MEX', '2020', value]], 'sex-female', { geo: 'USA', role: 'destination' }),
      series('migrant-stock', 'od', [['USA', '2020', value]], 'sex-female', { geo: 'MEX', role: 'origin' }),
    ];
    const { report, counts } = compareSnapshots(snapshot(...female(5)), snapshot(...female(6)), dates);
    expect(report.sources[0]!.revised).toEqual({
      count: 1,
      largest: [{ indicator: 'migrant-stock', slice: 'sex-female', geo: 'USA', origin: 'MEX', period: '2020', before: 5, after: 6 }],
    });
    expect(counts.get('od')).toMatchObject({ valuesBefore: 1, valuesAfter: 1 });
  });

  it('says a source that is gone is removed, and one whose figures are the same is unchanged', () => {
    const same = series('migrant-stock', 'same', [['DEU', '2020', 1]]);
    const previous = snapshot(same, series('migrant-stock', 'gone', [['FRA', '2020', 3]]));
    const { report } = compareSnapshots(previous, snapshot(same), dates);
    expect(report.sources.map((s) => [s.id, s.status])).toEqual([
      ['gone', 'removed'],
      ['same', 'unchanged'],
    ]);
    expect(report.sources[0]).toMatchObject({ periodsRemoved: ['2020'], countriesDropped: ['FRA'] });
    expect(hasChanges(report)).toBe(true);
    expect(hasChanges(compareSnapshots(snapshot(same), snapshot(same), dates).report)).toBe(false);
  });

  it('counts a value filled in a known country and period as a change, though no period or country is new', () => {
    const previous = snapshot(
      series('refugees', 'unhcr', [
        ['DEU', '2020', 1],
        ['FRA', '2021', 1],
      ]),
    );
    const next = snapshot(
      series('refugees', 'unhcr', [
        ['DEU', '2020', 1],
        ['DEU', '2021', 2],
        ['FRA', '2021', 1],
      ]),
    );
    const { report } = compareSnapshots(previous, next, dates);
    expect(report.sources[0]).toMatchObject({ status: 'changed', periodsAdded: [], countriesAdded: [], revised: { count: 0 } });
  });
});

describe('parseChangeReport', () => {
  it('refuses a report that does not follow the format, naming the field', () => {
    const report = compareSnapshots(null, snapshot(series('migrant-stock', 'wb', [['DEU', '2020', 1]])), { from: null, to: '2026-02-01' }).report;
    expect(() => parseChangeReport({ ...report, to: '1 Feb 2026' })).toThrow(/changes\.json: to must be a date/);
    expect(() => parseChangeReport({ ...report, sources: [{ ...report.sources[0], status: 'new' }] })).toThrow(/sources\.0\.status/);
  });

  it('reads a source with origin files only (people born in a country, by US state) from those, its revisions by state and origin', () => {
    const origin = (value: number) =>
      series(
        'migrant-stock',
        'acs',
        [
          ['06', '2017', value],
          ['48', '2017', 5],
        ],
        'total',
        { geo: 'MEX', role: 'origin', level: 'country' },
      );
    const { report, counts } = compareSnapshots(snapshot(origin(10)), snapshot(origin(12)), dates);
    expect(counts.get('acs')).toMatchObject({ valuesBefore: 2, valuesAfter: 2 });
    expect(report.sources[0]!.revised).toEqual({
      count: 1,
      largest: [{ indicator: 'migrant-stock', slice: 'total', geo: '06', origin: 'MEX', period: '2017', before: 10, after: 12 }],
    });
  });
});
