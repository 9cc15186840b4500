import fc from 'fast-check';
import { ckmeans as ssCkmeans } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { ckmeans, withinGroupSquares } from './ckmeans';
import { classBreaks, classIndex, linearTransform, logTransform, symlogTransform } from './classify';

const countsOf = (values: number[], thresholds: number[]) => {
  const counts = new Array<number>(thresholds.length + 1).fill(0);
  for (const v of values) counts[classIndex(v, thresholds)]! += 1;
  return counts;
};

/** Two different groupings of the same cost (up to rounding). */
const tied = (a: number[][], b: number[][]) =>
  JSON.stringify(a) !== JSON.stringify(b) && Math.abs(withinGroupSquares(a) - withinGroupSquares(b)) <= 1e-9 * Math.max(1, withinGroupSquares(b));

describe('ckmeans', () => {
  it('finds the obvious natural groups', () => {
    expect(ckmeans([1, 2, 3, 100, 101, 102, 1000, 1001], 3)).toEqual([
      [1, 2, 3],
      [100, 101, 102],
      [1000, 1001],
    ]);
  });

  it('gives the same groups as simple-statistics on the same data', () => {
    const data = [4.2, 1.1, 8.9, 7.3, 2.2, 15.4, 16.1, 3.3, 9.9, 12.5, 0.4, 6.6, 21.7, 19.2];
    for (const k of [2, 3, 4, 5, 6]) expect(ckmeans(data, k)).toEqual(ssCkmeans(data, k));
  });

  it('matches simple-statistics on random data (optimal cost always; the same groups unless two groupings tie)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        (values, k) => {
          const distinct = new Set(values).size;
          const groups = Math.min(k, distinct);
          const ours = ckmeans(values, k);
          expect(ours).toHaveLength(groups);
          expect(ours.flat()).toEqual([...values].sort((a, b) => a - b));
          const theirs = ssCkmeans(values, groups);
          expect(withinGroupSquares(ours)).toBeCloseTo(withinGroupSquares(theirs), 3);
          // Evenly spaced values can have two optimal groupings ([-3, 0, 3, 6] in 3): either is right.
          if (distinct === values.length && !tied(ours, theirs)) expect(ours).toEqual(theirs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives an optimal grouping when two tie', () => {
    const ours = ckmeans([-3, 0, 3, 6], 3);
    expect(ours.flat()).toEqual([-3, 0, 3, 6]);
    expect(withinGroupSquares(ours)).toBeCloseTo(4.5, 9);
  });

  it('handles no values, one value, all-equal values and fewer distinct values than groups', () => {
    expect(ckmeans([], 5)).toEqual([]);
    expect(ckmeans([7], 5)).toEqual([[7]]);
    expect(ckmeans([3, 3, 3], 4)).toEqual([[3, 3, 3]]);
    expect(ckmeans([1, 1, 9, 9, 9], 5)).toEqual([
      [1, 1],
      [9, 9, 9],
    ]);
  });

  it('is not thrown off by large values (prefix sums are centred)', () => {
    const big = [1e12, 1e12 + 1, 1e12 + 2, 5e12, 5e12 + 1];
    expect(ckmeans(big, 2)).toEqual([
      [1e12, 1e12 + 1, 1e12 + 2],
      [5e12, 5e12 + 1],
    ]);
  });
});

describe('classBreaks', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('quantiles put the same number of values in each class', () => {
    const t = classBreaks(values, 'quantile', 5);
    expect(t).toEqual([3, 5, 7, 9]);
    expect(countsOf(values, t)).toEqual([2, 2, 2, 2, 2]);
  });

  it('quantile thresholds are data values, so no class is empty even with many ties', () => {
    const tied = [1, 1, 1, 1, 1, 1, 2, 10];
    const t = classBreaks(tied, 'quantile', 5);
    expect(t.every((x) => tied.includes(x))).toBe(true);
    expect(countsOf(tied, t).every((c) => c > 0)).toBe(true);
  });

  it('equal intervals split the range evenly', () => {
    expect(classBreaks([0, 10, 3], 'equal', 5)).toEqual([2, 4, 6, 8]);
    expect(classBreaks([-10, 10], 'equal', 4)).toEqual([-5, 0, 5]);
  });

  it('natural breaks start each class at the first value of a ckmeans group', () => {
    expect(classBreaks([1, 2, 3, 100, 101, 102, 1000, 1001], 'ckmeans', 3)).toEqual([100, 1000]);
  });

  it('all-equal values and a single value give one class', () => {
    for (const method of ['quantile', 'equal', 'ckmeans'] as const) {
      expect(classBreaks([5, 5, 5, 5], method, 5)).toEqual([]);
      expect(classBreaks([42], method, 5)).toEqual([]);
      expect(classBreaks([], method, 5)).toEqual([]);
    }
  });

  it('continuous has no thresholds', () => {
    expect(classBreaks(values, 'continuous', 5)).toEqual([]);
  });

  it('handles negative values', () => {
    const signed = [-300, -120, -50, -5, 0, 4, 80, 200, 900];
    for (const method of ['quantile', 'equal', 'ckmeans'] as const) {
      const t = classBreaks(signed, method, 4);
      expect(t.length).toBeGreaterThan(0);
      expect(t.every((x) => x > -300 && x <= 900)).toBe(true);
      expect(countsOf(signed, t).reduce((a, b) => a + b)).toBe(signed.length);
    }
    expect(classBreaks([-10, -6, -2], 'equal', 2)).toEqual([-6]);
  });

  it('log spacing: equal intervals are equal in orders of magnitude, zeros included', () => {
    const counts = [0, 9, 99, 999, 9999];
    const t = classBreaks(counts, 'equal', 4, symlogTransform);
    expect(t.map((x) => Math.round(x))).toEqual([9, 99, 999]);
    expect(countsOf(counts, t)).toEqual([1, 1, 1, 2]);
  });

  it('log spacing: ckmeans clusters orders of magnitude rather than absolute sizes', () => {
    const counts = [0, 1, 2, 900, 1000, 1100, 1_000_000, 1_200_000];
    expect(classBreaks(counts, 'ckmeans', 3, linearTransform)).toEqual([1_000_000, 1_200_000]);
    expect(classBreaks(counts, 'ckmeans', 3, symlogTransform)).toEqual([900, 1_000_000]);
    const skewed = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
    expect(classBreaks(skewed, 'ckmeans', 3, linearTransform)).toEqual([100_000, 1_000_000]);
    expect(classBreaks(skewed, 'ckmeans', 3, symlogTransform)).toEqual([1000, 100_000]);
  });

  it('the log transform for ratios ignores values <= 0', () => {
    expect(classBreaks([0, -1, 0.5, 1, 2], 'equal', 2, logTransform)).toEqual([1]);
  });
});

describe('classIndex', () => {
  it('puts a value equal to a threshold in the upper class', () => {
    expect(classIndex(5, [3, 5, 7])).toBe(2);
    expect(classIndex(2.9, [3, 5, 7])).toBe(0);
    expect(classIndex(100, [3, 5, 7])).toBe(3);
    expect(classIndex(1, [])).toBe(0);
  });
});

describe('transforms', () => {
  it('symlog is its own inverse and defined at 0 and for negative values', () => {
    for (const v of [-1e6, -3, 0, 0.5, 42, 1e9]) expect(symlogTransform.inverse(symlogTransform.forward(v))).toBeCloseTo(v, 3);
    expect(symlogTransform.forward(0)).toBe(0);
    expect(symlogTransform.forward(-99)).toBe(-2);
  });
});
