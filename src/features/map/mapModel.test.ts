import { describe, expect, it } from 'vitest';
import { censusWithAggregates } from '../../../mocks/fixtures/aggregates';
import { fixtureSeries } from '../../../mocks/fixtures/dataset';
import { buildMapGeometry } from './geometry';
import { buildMapModel, scaleModeFor } from './mapModel';
import { REGION_BOUNDS, regionBounds } from './regions';
import { testTopology } from './topologyFixture.test-utils';

const census = fixtureSeries[0]!;
const ids = ['DEU', 'FRA', 'ETH', 'USA', 'IND', 'CIV'];

describe('buildMapModel', () => {
  it('counts the countries with a value, without, and from the nearest period', () => {
    const exact = buildMapModel({ series: census, period: '2020', tolerance: 0, ids, mode: { kind: 'sequential' }, method: 'quantile', log: false });
    expect(exact).toMatchObject({ withValue: 5, noData: 1, nearest: 0 });
    expect(exact.scale.classes.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
    const near = buildMapModel({ series: census, period: '2018', tolerance: 3, ids, mode: { kind: 'sequential' }, method: 'equal', log: true });
    expect(near).toMatchObject({ withValue: 5, noData: 1, nearest: 5 });
    // 2018 is 3 years after 2015 and 2 before 2020: the nearer wins.
    expect(near.fills.get('DEU')?.picked?.period).toBe('2020');
    const none = buildMapModel({ series: census, period: '2030', tolerance: 2, ids, mode: { kind: 'sequential' }, method: 'ckmeans', log: false });
    expect(none).toMatchObject({ withValue: 0, noData: 6 });
  });

  it('ignores aggregates: World (280.6 M) neither takes a colour, nor moves the class breaks, nor counts', () => {
    const input = { period: '2020', tolerance: 0, mode: { kind: 'sequential' }, method: 'quantile', log: false } as const;
    const without = buildMapModel({ ...input, series: census, ids });
    const withAggregates = buildMapModel({ ...input, series: censusWithAggregates, ids: [...ids, 'WLD', 'EU27_2020'] });
    expect(withAggregates.picked.has('WLD')).toBe(false);
    expect(withAggregates.fills.get('WLD')?.color ?? null).toBeNull();
    expect(withAggregates.scale.thresholds).toEqual(without.scale.thresholds);
    expect(withAggregates.scale.classes).toEqual(without.scale.classes);
    expect(withAggregates.scale.domain).toEqual([1_090_000, 50_600_000]);
    expect(withAggregates.scale.domain).toEqual(without.scale.domain);
    expect(withAggregates.withValue).toBe(5);
  });

  it('uses a diverging scale for signed indicators, except in origin–destination mode', () => {
    expect(scaleModeFor({ signed: true }, false)).toEqual({ kind: 'diverging', centre: 0 });
    expect(scaleModeFor({ signed: false }, false)).toEqual({ kind: 'sequential' });
    expect(scaleModeFor({ signed: true }, true)).toEqual({ kind: 'sequential' });
  });
});

describe('regionBounds', () => {
  const geometry = buildMapGeometry(testTopology);
  it('gives the hand-set box of a region, and fits the selection (the world without one)', () => {
    expect(regionBounds('europe', geometry, [])).toEqual(REGION_BOUNDS.europe);
    expect(regionBounds('selection', geometry, ['DEU', 'IND'])).toEqual([6, 8, 97, 55]);
    expect(regionBounds('selection', geometry, [])).toEqual(REGION_BOUNDS.world);
    expect(regionBounds('selection', geometry, ['ZZZ'])).toEqual(REGION_BOUNDS.world);
  });
});
