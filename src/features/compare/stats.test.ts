import fc from 'fast-check';
import * as ss from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { absolutePercentError, agreement, mean, median, olsFit, outliers, pearson, ranks, sampleSd, spearman } from './stats';

/** Positive, varied values such as migrant stocks (1 … 10⁸). */
const stockArb = fc.double({ min: 1, max: 1e8, noNaN: true, noDefaultInfinity: true });
const pairsArb = fc.array(fc.record({ a: stockArb, b: stockArb }), { minLength: 3, maxLength: 60 });

/** Equal up to a relative error (values here span many orders of magnitude). */
function expectClose(actual: number | null, expected: number, relative = 1e-9) {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
}

describe('basic statistics', () => {
  it('mean, median and sample SD by hand', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(sampleSd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(sampleSd([1])).toBeNull();
  });

  it('agree with simple-statistics on random data', () => {
    fc.assert(
      fc.property(fc.array(stockArb, { minLength: 2, maxLength: 50 }), (xs) => {
        expectClose(mean(xs), ss.mean(xs));
        expectClose(median(xs), ss.median(xs));
        expectClose(sampleSd(xs), ss.sampleStandardDeviation(xs), 1e-7);
      }),
      { numRuns: 200 },
    );
  });
});

describe('pearson', () => {
  it('is 1, −1 and 0.8 on hand-computed cases', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    // dx = dy = (−1.5, −0.5, 0.5, 1.5) but y swaps the middle two: Σdxdy = 4, Σdx² = Σdy² = 5.
    expect(pearson([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(0.8, 12);
  });

  it('is null below three pairs or when a variable does not vary', () => {
    expect(pearson([1, 2], [3, 4])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [7, 7, 7])).toBeNull();
  });

  it('equals simple-statistics sampleCorrelation', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const xs = pairs.map((p) => Math.log(p.a));
        const ys = pairs.map((p) => Math.log(p.b));
        const r = pearson(xs, ys);
        const reference = ss.sampleCorrelation(xs, ys);
        if (r === null) expect(new Set(xs).size > 1 && new Set(ys).size > 1).toBe(false);
        else expect(r).toBeCloseTo(reference, 7);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spearman', () => {
  it('averages the ranks of ties', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([3, 3, 3])).toEqual([2, 2, 2]);
    expect(ranks([30, 10, 20])).toEqual([3, 1, 2]);
    expect(ranks([])).toEqual([]);
  });

  it('is hand-computable with ties', () => {
    // ranks x = (1, 2.5, 2.5, 4), ranks y = (1, 3, 2, 4): Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5.
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(4.5 / Math.sqrt(4.5 * 5), 12);
    // simple-statistics gives tied values distinct ranks (0.8 here): the averaged rank is the textbook ρ.
    expect(ss.sampleCorrelation(ranks([1, 2, 2, 3]), ranks([1, 3, 2, 4]))).toBeCloseTo(0.948683, 6);
    // Monotone but not linear: ρ = 1 while r < 1.
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
  });

  it('equals simple-statistics sampleRankCorrelation when there are no ties', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 3, maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 40, maxLength: 40 }),
        (xs, pool) => {
          const ys = pool.slice(0, xs.length);
          expect(spearman(xs, ys) as number).toBeCloseTo(ss.sampleRankCorrelation(xs, ys), 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('olsFit', () => {
  it('fits a line by hand and matches simple-statistics linearRegression', () => {
    expect(olsFit([0, 1, 2], [1, 3, 5])).toEqual({ slope: 2, intercept: 1 });
    expect(olsFit([1, 1], [1, 2])).toBeNull();
    expect(olsFit([1], [1])).toBeNull();
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const xs = pairs.map((p) => Math.log10(p.a));
        const ys = pairs.map((p) => Math.log10(p.b));
        const fit = olsFit(xs, ys);
        if (fit === null) return;
        // simple-statistics uses one-pass sums, which lose digits when x barely varies (e.g. three values of
        // log10 A within 1e-5 of 8): it is a reference only where x is spread.
        fc.pre(Math.max(...xs) - Math.min(...xs) > 1e-3 * Math.max(1, ...xs.map(Math.abs)));
        const reference = ss.linearRegression(xs.map((x, i) => [x, ys[i] as number]));
        expectClose(fit.slope, reference.m, 1e-6);
        expectClose(fit.intercept, reference.b, 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('agreement', () => {
  it('gives the hand-computed figures of three countries', () => {
    // B is half of A, twice A, and equal to A: no bias on average, spread ln 2.
    const result = agreement([
      { a: 100, b: 50 },
      { a: 1000, b: 2000 },
      { a: 10, b: 10 },
    ]);
    expect(result.n).toBe(3);
    expect(result.excluded).toBe(0);
    expect(result.meanLogRatio).toBeCloseTo(0, 12);
    expect(result.typicalRatio).toBeCloseTo(1, 12);
    expect(result.sdLogRatio).toBeCloseTo(Math.LN2, 12);
    expect(result.medianApe).toBeCloseTo(50, 12); // 50 %, 100 %, 0 %
    expect(result.spearman).toBeCloseTo(1, 12);
    expect(result.pearsonLog).toBeCloseTo(ss.sampleCorrelation([100, 1000, 10].map(Math.log), [50, 2000, 10].map(Math.log)), 12);
    // log10: x = (2, 3, 1), y = (2 − log 2, 3 + log 2, 1): slope 1 + log 2 / 2, intercept −log 2.
    expect(result.fit?.slope).toBeCloseTo(1 + Math.log10(2) / 2, 12);
    expect(result.fit?.intercept).toBeCloseTo(-Math.log10(2), 12);
  });

  it('shows a uniform under-count as bias without spread', () => {
    const result = agreement([10, 200, 3000, 45_000].map((a) => ({ a, b: a * 0.8 })));
    expect(result.meanLogRatio).toBeCloseTo(Math.log(0.8), 12);
    expect(result.typicalRatio).toBeCloseTo(0.8, 12);
    expect(result.sdLogRatio).toBeCloseTo(0, 12);
    expect(result.medianApe).toBeCloseTo(20, 9);
    expect(result.pearsonLog).toBeCloseTo(1, 12);
    expect(result.fit?.slope).toBeCloseTo(1, 12);
    expect(result.fit?.intercept).toBeCloseTo(Math.log10(0.8), 12);
  });

  it('leaves out pairs that cannot be logged, and gives nothing for no pairs', () => {
    const result = agreement([
      { a: 0, b: 5 },
      { a: 5, b: -1 },
      { a: 10, b: 20 },
    ]);
    expect(result).toMatchObject({ n: 1, excluded: 2, pearsonLog: null, spearman: null, sdLogRatio: null, fit: null });
    expect(result.medianApe).toBeCloseTo(100, 12);
    expect(agreement([])).toMatchObject({ n: 0, medianApe: null, meanLogRatio: null, typicalRatio: null });
  });

  it('matches simple-statistics on random pairs', () => {
    fc.assert(
      fc.property(pairsArb, (pairs) => {
        const result = agreement(pairs);
        const lnA = pairs.map((p) => Math.log(p.a));
        const lnB = pairs.map((p) => Math.log(p.b));
        const logRatios = pairs.map((p) => Math.log(p.b / p.a));
        expect(result.n).toBe(pairs.length);
        if (result.pearsonLog !== null) expect(result.pearsonLog).toBeCloseTo(ss.sampleCorrelation(lnA, lnB), 7);
        expectClose(result.meanLogRatio, ss.mean(logRatios));
        expectClose(result.sdLogRatio, ss.sampleStandardDeviation(logRatios), 1e-7);
        expectClose(result.medianApe, ss.median(pairs.map((p) => (Math.abs(p.b - p.a) / p.a) * 100)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('outliers', () => {
  it('picks the largest departures from the bias, beyond one SD', () => {
    const items = [
      { id: 'a', a: 100, b: 80 },
      { id: 'b', a: 100, b: 82 },
      { id: 'c', a: 100, b: 78 },
      { id: 'd', a: 100, b: 81 },
      { id: 'far-low', a: 100, b: 10 },
      { id: 'far-high', a: 100, b: 400 },
    ];
    // Mean ln ratio ≈ −0.30: far-low departs by ≈ 2.00, far-high by ≈ 1.69.
    expect(outliers(items, 5).map((i) => i.id)).toEqual(['far-low', 'far-high']);
    expect(outliers(items, 1).map((i) => i.id)).toEqual(['far-low']);
    expect(outliers(items.slice(0, 1), 3)).toEqual([]);
    expect(
      outliers(
        items.map((i) => ({ ...i, b: i.a })),
        3,
      ),
    ).toEqual([]);
  });
});

describe('absolutePercentError', () => {
  it('is |estimate − actual| / |actual| in percent', () => {
    expect(absolutePercentError(110, 100)).toBeCloseTo(10, 12);
    expect(absolutePercentError(90, 100)).toBeCloseTo(10, 12);
    expect(absolutePercentError(1, 0)).toBeNull();
  });
});
