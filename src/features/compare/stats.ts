/**
 * Agreement statistics between two sources, pure and dependency-free (the tests check them
 * against simple-statistics and hand-computed cases).
 *
 * Everything is computed on pairs (a, b) of the same country: a from the reference source A,
 * b from the compared source B. Correlations and the bias are on natural logs, so that a source
 * that is twice the other counts as far from agreement as one that is half of it.
 */

export interface ValuePair {
  a: number;
  b: number;
}

/** Below this many pairs a correlation says nothing, and is not given. */
export const MIN_PAIRS_FOR_CORRELATION = 3;

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

/** The median (mean of the two middle values for an even count); NaN for no values. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Sample standard deviation (n − 1 in the denominator); null for fewer than 2 values. */
export function sampleSd(xs: readonly number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs);
  let ss = 0;
  for (const x of xs) ss += (x - m) ** 2;
  return Math.sqrt(ss / (xs.length - 1));
}

/**
 * Pearson's correlation coefficient; null for fewer than MIN_PAIRS_FOR_CORRELATION pairs or when
 * either variable does not vary. Two-pass (centred sums), so large values do not lose precision.
 */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  if (n < MIN_PAIRS_FOR_CORRELATION) return null;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // Rounding can take |r| a hair past 1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}

/** 1-based ranks, tied values sharing the mean of the ranks they span (fractional ranking). */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((p, q) => p.x - q.x);
  const out = new Array<number>(xs.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && (order[end + 1] as { x: number }).x === (order[start] as { x: number }).x) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[(order[k] as { i: number }).i] = rank;
    start = end + 1;
  }
  return out;
}

/** Spearman's rank correlation, with ties (Pearson's r of the fractional ranks). */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  const n = Math.min(xs.length, ys.length);
  return pearson(ranks(xs.slice(0, n)), ranks(ys.slice(0, n)));
}

export interface LinearFit {
  slope: number;
  intercept: number;
}

/** Ordinary least squares of y on x; null for fewer than 2 points or when x does not vary. */
export function olsFit(xs: readonly number[], ys: readonly number[]): LinearFit | null {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return null;
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxy += dx * ((ys[i] as number) - my);
    sxx += dx * dx;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx };
}

export interface Agreement {
  /** Pairs used (both values above zero). */
  n: number;
  /** Pairs left out because a value was zero or below (no logarithm). */
  excluded: number;
  /** Pearson's r of ln a and ln b; null below MIN_PAIRS_FOR_CORRELATION pairs. */
  pearsonLog: number | null;
  /** Spearman's ρ of a and b (ranks, ties averaged). */
  spearman: number | null;
  /** Median of |b − a| / a, in percent. */
  medianApe: number | null;
  /** Mean of ln(b / a): the bias; below 0 B under-estimates A. */
  meanLogRatio: number | null;
  /** Sample standard deviation of ln(b / a): how far countries spread around the bias. */
  sdLogRatio: number | null;
  /** exp(mean ln(b / a)): the typical (geometric mean) ratio B / A. */
  typicalRatio: number | null;
  /** OLS fit of log10 b on log10 a (the scatter's fitted line). */
  fit: LinearFit | null;
}

/** Whether both values of a pair can go on a log scale. */
export const isLoggable = (pair: ValuePair): boolean => Number.isFinite(pair.a) && Number.isFinite(pair.b) && pair.a > 0 && pair.b > 0;

/** The agreement of B with A over a set of pairs. */
export function agreement(pairs: readonly ValuePair[]): Agreement {
  const used = pairs.filter(isLoggable);
  const n = used.length;
  const lnA = used.map((p) => Math.log(p.a));
  const lnB = used.map((p) => Math.log(p.b));
  const logRatios = lnB.map((b, i) => b - (lnA[i] as number));
  const meanLogRatio = n > 0 ? mean(logRatios) : null;
  return {
    n,
    excluded: pairs.length - n,
    pearsonLog: pearson(lnA, lnB),
    spearman: spearman(
      used.map((p) => p.a),
      used.map((p) => p.b),
    ),
    medianApe: n > 0 ? median(used.map((p) => (Math.abs(p.b - p.a) / p.a) * 100)) : null,
    meanLogRatio,
    sdLogRatio: sampleSd(logRatios),
    typicalRatio: meanLogRatio === null ? null : Math.exp(meanLogRatio),
    fit: olsFit(
      used.map((p) => Math.log10(p.a)),
      used.map((p) => Math.log10(p.b)),
    ),
  };
}

/**
 * The items whose log ratio departs most from the bias (|ln(b/a) − mean ln(b/a)|, largest
 * first), at most `count` of them and only those beyond `minSd` standard deviations: the
 * countries where B disagrees with A more than it usually does.
 */
export function outliers<T extends ValuePair>(items: readonly T[], count: number, minSd = 1): T[] {
  const used = items.filter(isLoggable);
  const logRatios = used.map((p) => Math.log(p.b / p.a));
  const sd = sampleSd(logRatios);
  if (sd === null || sd === 0) return [];
  const m = mean(logRatios);
  return used
    .map((item, i) => ({ item, residual: Math.abs((logRatios[i] as number) - m) }))
    .filter((entry) => entry.residual > minSd * sd)
    .sort((p, q) => q.residual - p.residual)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.item);
}

/** Absolute percentage error of an estimate against the actual value (null when actual is 0). */
export function absolutePercentError(estimate: number, actual: number): number | null {
  return actual === 0 ? null : (Math.abs(estimate - actual) / Math.abs(actual)) * 100;
}
