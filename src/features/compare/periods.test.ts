import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../data/observations';
import { byCountry, defaultComparePeriod, nearestPeriod, pairAt, parsePeriod, periodDistance, periodSpan } from './periods';

const obs = (geo: string, period: string, value: number): Observation => ({ geo, period, value, lower: null, upper: null, flag: null });

describe('parsePeriod and periodDistance', () => {
  it('reads years and months, with their middles', () => {
    expect(parsePeriod('2020')).toEqual({ grain: 'year', year: 2020, month: null, mid: 2020.5 });
    expect(parsePeriod('2020-01')?.mid).toBeCloseTo(2020 + 0.5 / 12, 12);
    expect(parsePeriod('2020-13')).toBeNull();
    expect(parsePeriod('20')).toBeNull();
  });

  it('measures years, months and a month against a year', () => {
    expect(periodDistance('2020', '2024')).toBe(4);
    expect(periodDistance('2024', '2020')).toBe(4);
    expect(periodDistance('2020-03', '2021-09')).toBe(1.5);
    // A month is read as its year against a year.
    expect(periodDistance('2020-03', '2020')).toBe(0);
    expect(periodDistance('2020', '2020-12')).toBe(0);
    expect(periodDistance('2020-12', '2021')).toBe(1);
    expect(periodDistance('x', '2020')).toBeNull();
    expect(periodSpan('2024', '2026')).toBe(2);
  });

  it('is symmetric and zero only for the same year or a month within the year', () => {
    const periodArb = fc.oneof(
      fc.integer({ min: 1990, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(periodArb, periodArb, (p, q) => {
        expect(periodDistance(p, q)).toBe(periodDistance(q, p));
        if (periodDistance(p, q) === 0) expect(p.slice(0, 4)).toBe(q.slice(0, 4));
      }),
    );
  });
});

describe('nearestPeriod', () => {
  const census = ['1990', '1995', '2000', '2005', '2010', '2015', '2020', '2024'];

  it('takes the same period when there is one', () => {
    expect(nearestPeriod('2020', census, 0)).toEqual({ period: '2020', distance: 0 });
  });

  it('takes the nearest within the tolerance, inclusive', () => {
    expect(nearestPeriod('2021', census, 2)).toEqual({ period: '2020', distance: 1 });
    expect(nearestPeriod('2023', census, 2)).toEqual({ period: '2024', distance: 1 });
    expect(nearestPeriod('2026', census, 2)).toEqual({ period: '2024', distance: 2 });
  });

  it('finds no match beyond the tolerance', () => {
    expect(nearestPeriod('2026', census, 1)).toBeNull();
    expect(nearestPeriod('2017', census, 1)).toBeNull();
    expect(nearestPeriod('2021', census, 0)).toBeNull();
    expect(nearestPeriod('2021', [], 10)).toBeNull();
    expect(nearestPeriod('2021', census, -1)).toBeNull();
  });

  it('breaks a tie for the earlier period', () => {
    // 2022 is two years from both 2020 and 2024.
    expect(nearestPeriod('2022', census, 2)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2022', ['2024', '2020'], 5)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2017-07', ['2017-06', '2017-08'], 1)).toEqual({ period: '2017-06', distance: 1 / 12 });
  });

  it('pairs a yearly B with monthly A: a month of the year, the middle one, earlier on a tie', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2019 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    // June and July are equally near the middle of 2020: June, the earlier.
    expect(nearestPeriod('2020', months, 0)).toEqual({ period: '2020-06', distance: 0 });
    // Only January and February of 2020 are there: both in the year, February nearer its middle.
    expect(nearestPeriod('2020', ['2019-12', '2020-01', '2020-02'], 0)).toEqual({ period: '2020-02', distance: 0 });
    expect(nearestPeriod('2021', months, 0)).toBeNull();
    expect(nearestPeriod('2021', months, 1)).toEqual({ period: '2020-12', distance: 1 });
  });

  it('pairs a monthly B with yearly A: its own year first', () => {
    expect(nearestPeriod('2020-11', census, 0)).toEqual({ period: '2020', distance: 0 });
    expect(nearestPeriod('2022-01', census, 2)).toEqual({ period: '2020', distance: 2 });
    expect(nearestPeriod('2023-01', census, 2)).toEqual({ period: '2024', distance: 1 });
  });

  it('never picks a period farther than another candidate within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2030 }),
        fc.uniqueArray(fc.integer({ min: 1990, max: 2030 }), { maxLength: 10 }),
        fc.integer({ min: 0, max: 10 }),
        (target, years, tolerance) => {
          const match = nearestPeriod(String(target), years.map(String), tolerance);
          const distances = years.map((y) => Math.abs(y - target)).filter((d) => d <= tolerance);
          if (distances.length === 0) expect(match).toBeNull();
          else expect(match?.distance).toBe(Math.min(...distances));
        },
      ),
    );
  });
});

describe('pairAt', () => {
  const a = byCountry([obs('DEU', '2015', 100), obs('DEU', '2020', 120), obs('FRA', '2020', 80), obs('ETH', '2010', 10), obs('USA', '2024', 500)]);
  const b = byCountry([obs('DEU', '2021', 110), obs('FRA', '2021', 60), obs('ETH', '2021', 9), obs('IND', '2021', 7), obs('DEU', '2020', 105)]);

  it('pairs each B value with the nearest A period and says what it could not pair', () => {
    const result = pairAt(a, b, '2021', 2);
    expect(result.pairs.map((p) => [p.geo, p.a.period, p.b.period, p.distance])).toEqual([
      ['DEU', '2020', '2021', 1],
      ['FRA', '2020', '2021', 1],
    ]);
    expect(result.shifted).toBe(2);
    expect(result.unmatchedB).toEqual(['ETH', 'IND']);
    // USA: A has 2024, within 3 years of 2021 only.
    expect(result.onlyA).toEqual([]);
    expect(pairAt(a, b, '2021', 3).onlyA).toEqual(['USA']);
  });

  it('with tolerance 0 pairs the same period only', () => {
    const result = pairAt(a, b, '2020', 0);
    expect(result.pairs.map((p) => p.geo)).toEqual(['DEU']);
    expect(result.shifted).toBe(0);
    expect(result.onlyA).toEqual(['FRA']);
  });

  it('picks as default the latest B period with a same-period A value', () => {
    expect(defaultComparePeriod(a, b, 2)).toBe('2020');
    expect(defaultComparePeriod(byCountry([obs('DEU', '2015', 1)]), b, 10)).toBe('2021');
    expect(defaultComparePeriod(byCountry([obs('DEU', '1990', 1)]), b, 2)).toBe('2021');
    expect(defaultComparePeriod(a, byCountry([]), 2)).toBeNull();
  });
});
