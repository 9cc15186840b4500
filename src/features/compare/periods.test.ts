import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../data/observations';
import { nearestPeriod, nearestPeriodSorted } from '../../lib/period';
import { byCountry, defaultComparePeriod, pairAt, periodsIn, sortedPeriods } from './periods';

const obs = (geo: string, period: string, value: number): Observation => ({ geo, period, value, lower: null, upper: null, flag: null });

describe('cached results', () => {
  it("sorts a country's periods as nearestPeriodSorted needs them", () => {
    const periodArb = fc.oneof(
      fc.integer({ min: 2000, max: 2012 }).map(String),
      fc.tuple(fc.integer({ min: 2000, max: 2012 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(periodArb, fc.array(periodArb, { maxLength: 40 }), fc.constantFrom(0, 0.5, 1, 2, 3.7), (target, list, tolerance) => {
        const keys = sortedPeriods(new Map(list.map((p) => [p, 0])));
        expect(nearestPeriodSorted(target, keys, tolerance)).toEqual(nearestPeriod(target, list, tolerance));
      }),
    );
  });

  it('hands out copies of the periods, and re-sorts a map that grew', () => {
    const grouped = byCountry([obs('DEU', '2020', 1), obs('FRA', '2010', 2)]);
    periodsIn(grouped).push('1900');
    expect(periodsIn(grouped)).toEqual(['2010', '2020']);
    const deu = grouped.get('DEU') as Map<string, Observation>;
    expect(sortedPeriods(deu)).toEqual(['2020']);
    deu.set('2015', obs('DEU', '2015', 3));
    expect(sortedPeriods(deu)).toEqual(['2015', '2020']);
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
