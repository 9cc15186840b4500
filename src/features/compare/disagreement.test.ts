import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIR_SORT_KEYS, PAIR_SORTS } from '../../state/viewState';
import type { ComparedPair } from './compareModel';
import {
  DEFAULT_PAIR_SORT,
  directionOf,
  gapOf,
  nextSort,
  pairSortOf,
  pairSortValue,
  percentDifferenceOf,
  rankDisagreements,
  sortPairs,
  type PairSort,
} from './disagreement';

function pair(geo: string, a: number, b: number): ComparedPair {
  const obs = (value: number) => ({ geo, period: '2020', value, lower: null, upper: null, flag: null });
  return { geo, a: obs(a), b: obs(b), distance: 0, ratio: a === 0 ? NaN : b / a, outlier: false };
}

const NAMES = new Map([
  ['DEU', 'Germany'],
  ['FRA', 'France'],
  ['ETH', 'Ethiopia'],
  ['USA', 'United States'],
  ['IND', 'India'],
  ['CIV', 'Côte d’Ivoire'],
]);
const nameOf = (geo: string) => NAMES.get(geo) ?? geo;

// B twice A (DEU), half of A (FRA), a third (ETH), ×1.5 (USA), equal (IND), A zero (CIV).
const PAIRS = [pair('DEU', 100, 200), pair('FRA', 100, 50), pair('ETH', 300, 100), pair('USA', 10, 15), pair('IND', 40, 40), pair('CIV', 0, 5)];
const geos = (pairs: readonly ComparedPair[]) => pairs.map((p) => p.geo);
const sorted = (sort: PairSort) => geos(sortPairs(PAIRS, sort, nameOf, 'en'));

describe('sortPairs', () => {
  it('puts the largest disagreements first by default, by |ln(B/A)|: half of A as far as twice A, whichever way', () => {
    expect(DEFAULT_PAIR_SORT).toEqual({ key: 'gap', direction: 'desc' });
    // ETH |ln 1/3| = 1.10; DEU and FRA |ln 2| = 0.69 (tie: by name, France before Germany); USA 0.41; IND 0; CIV none, last.
    expect(sorted(DEFAULT_PAIR_SORT)).toEqual(['ETH', 'FRA', 'DEU', 'USA', 'IND', 'CIV']);
    expect(sorted({ key: 'gap', direction: 'asc' })).toEqual(['IND', 'USA', 'FRA', 'DEU', 'ETH', 'CIV']);
  });

  it('sorts by every column, both ways, with pairs that have no value in the column last', () => {
    expect(sorted({ key: 'country', direction: 'asc' })).toEqual(['CIV', 'ETH', 'FRA', 'DEU', 'IND', 'USA']);
    expect(sorted({ key: 'country', direction: 'desc' })).toEqual(['USA', 'IND', 'DEU', 'FRA', 'ETH', 'CIV']);
    expect(sorted({ key: 'a', direction: 'desc' })).toEqual(['ETH', 'FRA', 'DEU', 'IND', 'USA', 'CIV']);
    expect(sorted({ key: 'b', direction: 'asc' })).toEqual(['CIV', 'USA', 'IND', 'FRA', 'ETH', 'DEU']);
    expect(sorted({ key: 'ratio', direction: 'desc' })).toEqual(['DEU', 'USA', 'IND', 'FRA', 'ETH', 'CIV']);
    expect(sorted({ key: 'ratio', direction: 'asc' })).toEqual(['ETH', 'FRA', 'IND', 'USA', 'DEU', 'CIV']);
    // B − A: DEU +100, CIV +5, USA +5, IND 0, FRA −50, ETH −200.
    expect(sorted({ key: 'diff', direction: 'desc' })).toEqual(['DEU', 'CIV', 'USA', 'IND', 'FRA', 'ETH']);
    expect(sorted({ key: 'pct', direction: 'desc' })).toEqual(['DEU', 'USA', 'IND', 'FRA', 'ETH', 'CIV']);
    expect(sorted({ key: 'pct', direction: 'asc' })).toEqual(['ETH', 'FRA', 'IND', 'USA', 'DEU', 'CIV']);
  });

  it('never changes its input, keeps every pair, and orders any values monotonically', () => {
    const pairArb = fc
      .tuple(fc.stringMatching(/^[A-Z]{3}$/), fc.double({ min: 0, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }))
      .map(([geo, a, b]) => pair(geo, a, b));
    fc.assert(
      fc.property(fc.uniqueArray(pairArb, { selector: (p) => p.geo, maxLength: 30 }), fc.constantFrom(...PAIR_SORTS), (pairs, value) => {
        const copy = [...pairs];
        const sort = pairSortOf(value);
        const out = sortPairs(pairs, sort, (g) => g, 'en');
        expect(pairs).toEqual(copy);
        expect([...geos(out)].sort()).toEqual([...geos(pairs)].sort());
        if (sort.key === 'a') {
          const values = out.map((p) => p.a.value);
          for (let i = 1; i < values.length; i++)
            expect(sort.direction === 'asc' ? values[i]! >= values[i - 1]! : values[i]! <= values[i - 1]!).toBe(true);
        }
      }),
    );
  });
});

describe('the sort in the URL and on a header click', () => {
  it('reads back every value it writes, and gives the default for anything else', () => {
    for (const value of PAIR_SORTS) expect(pairSortValue(pairSortOf(value))).toBe(value);
    expect(pairSortOf('ratio')).toEqual(DEFAULT_PAIR_SORT);
    expect(pairSortOf('gap-sideways')).toEqual(DEFAULT_PAIR_SORT);
    expect(PAIR_SORTS).toHaveLength(PAIR_SORT_KEYS.length * 2);
  });

  it('turns the same column round, and starts a new one at names A to Z or figures largest first', () => {
    expect(nextSort(DEFAULT_PAIR_SORT, 'gap')).toEqual({ key: 'gap', direction: 'asc' });
    expect(nextSort({ key: 'gap', direction: 'asc' }, 'gap')).toEqual({ key: 'gap', direction: 'desc' });
    expect(nextSort(DEFAULT_PAIR_SORT, 'country')).toEqual({ key: 'country', direction: 'asc' });
    expect(nextSort(DEFAULT_PAIR_SORT, 'ratio')).toEqual({ key: 'ratio', direction: 'desc' });
  });
});

describe('the direction and size of a disagreement', () => {
  it('says whether B is above or below A, and by how much', () => {
    expect(PAIRS.map(directionOf)).toEqual(['over', 'under', 'under', 'over', 'equal', 'over']);
    expect(gapOf(pair('DEU', 100, 200))).toBeCloseTo(Math.log(2));
    expect(gapOf(pair('DEU', 100, 50))).toBeCloseTo(Math.log(2));
    expect(gapOf(pair('CIV', 0, 5))).toBeNull();
    expect(percentDifferenceOf(pair('FRA', 100, 50))).toBe(-50);
    expect(percentDifferenceOf(pair('CIV', 0, 5))).toBeNull();
  });
});

describe('rankDisagreements', () => {
  it('lists where B over-estimates A most and where it under-estimates most, furthest first, at most N each', () => {
    const ranked = rankDisagreements(PAIRS, 10);
    expect(geos(ranked.over)).toEqual(['DEU', 'USA']);
    expect(geos(ranked.under)).toEqual(['ETH', 'FRA']);
    const one = rankDisagreements(PAIRS, 1);
    expect(geos(one.over)).toEqual(['DEU']);
    expect(geos(one.under)).toEqual(['ETH']);
  });

  it('keeps 10 of each out of many, never a pair in both lists, never one without a logarithm', () => {
    const many = Array.from({ length: 40 }, (_, i) => pair(`C${String(i).padStart(2, '0')}`, 100, 10 + i * 5)); // ratios 0.1 … 2.05
    const ranked = rankDisagreements([...many, pair('ZZZ', 0, 10), pair('YYY', 10, 0)], 10);
    expect(ranked.over).toHaveLength(10);
    expect(ranked.under).toHaveLength(10);
    expect(ranked.over[0]?.geo).toBe('C39');
    expect(ranked.under[0]?.geo).toBe('C00');
    expect(ranked.over.every((p) => p.ratio > 1)).toBe(true);
    expect(ranked.under.every((p) => p.ratio < 1)).toBe(true);
    expect(geos([...ranked.over, ...ranked.under])).not.toContain('ZZZ');
    expect(geos([...ranked.over, ...ranked.under])).not.toContain('YYY');
  });
});
