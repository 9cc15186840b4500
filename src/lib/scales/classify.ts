/**
 * Classification of values into classes for choropleth maps: quantiles, equal intervals, natural
 * breaks (ckmeans) and continuous (no classes). Pure functions, no DOM.
 *
 * A classification is given by ascending thresholds in the values' own units: with thresholds
 * t1 < t2 < … a value v is in class 0 when v < t1, in class i when t_i <= v < t_{i+1}, and in the
 * last class when v >= the last threshold (as d3.scaleThreshold). Thresholds are always strictly
 * inside (min, max], so no class lies outside the data.
 */
import { ckmeans } from './ckmeans';

export const CLASS_METHODS = ['quantile', 'equal', 'ckmeans', 'continuous'] as const;
export type ClassMethod = (typeof CLASS_METHODS)[number];

/** How values are spaced before they are classified or coloured. */
export interface ValueTransform {
  id: 'linear' | 'symlog' | 'log';
  forward: (value: number) => number;
  inverse: (value: number) => number;
  /** Whether the transform is defined for the value (log: only positive values). */
  accepts: (value: number) => boolean;
}

export const linearTransform: ValueTransform = {
  id: 'linear',
  forward: (v) => v,
  inverse: (v) => v,
  accepts: (v) => Number.isFinite(v),
};

/**
 * The "log option" for counts: sign(v)·log10(1 + |v|). Like log10 for large values, but defined
 * at zero (a country with 0 refugees keeps its value) and for negative values (net migration).
 */
export const symlogTransform: ValueTransform = {
  id: 'symlog',
  forward: (v) => Math.sign(v) * Math.log10(1 + Math.abs(v)),
  inverse: (v) => Math.sign(v) * (10 ** Math.abs(v) - 1),
  accepts: (v) => Number.isFinite(v),
};

/** log10, for ratios (symmetric around 1: ½ and 2 are equally far from 1). Positive values only. */
export const logTransform: ValueTransform = {
  id: 'log',
  forward: (v) => Math.log10(v),
  inverse: (v) => 10 ** v,
  accepts: (v) => Number.isFinite(v) && v > 0,
};

/** Ascending, distinct thresholds strictly greater than min and at most max. */
function tidyThresholds(candidates: readonly number[], min: number, max: number): number[] {
  const out: number[] = [];
  for (const t of [...candidates].sort((a, b) => a - b)) {
    if (!Number.isFinite(t) || t <= min || t > max) continue;
    if (out.length === 0 || t > (out[out.length - 1] as number)) out.push(t);
  }
  return out;
}

/**
 * Thresholds splitting the values into at most `classes` classes. Values the transform does not
 * accept are ignored. Fewer classes come out when the data cannot fill them (one distinct value
 * gives one class and no thresholds). 'continuous' has no thresholds.
 */
export function classBreaks(values: readonly number[], method: ClassMethod, classes: number, transform: ValueTransform = linearTransform): number[] {
  const sorted = values.filter((v) => transform.accepts(v)).sort((a, b) => a - b);
  const n = sorted.length;
  const k = Math.max(1, Math.floor(classes));
  if (n === 0 || method === 'continuous' || k === 1) return [];
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  if (min === max) return [];

  switch (method) {
    case 'quantile': {
      // Thresholds are data values (the first value of each k-th of the sorted values), so that
      // every class holds at least its lower bound, even with many ties.
      const candidates: number[] = [];
      for (let i = 1; i < k; i++) candidates.push(sorted[Math.floor((i * n) / k)] as number);
      return tidyThresholds(candidates, min, max);
    }
    case 'equal': {
      const lo = transform.forward(min);
      const hi = transform.forward(max);
      const candidates: number[] = [];
      for (let i = 1; i < k; i++) candidates.push(transform.inverse(lo + ((hi - lo) * i) / k));
      return tidyThresholds(candidates, min, max);
    }
    case 'ckmeans': {
      // Cluster in transformed space; the thresholds are the first data value of each cluster.
      const forward = sorted.map(transform.forward);
      const groups = ckmeans(forward, k);
      const candidates: number[] = [];
      let index = 0;
      groups.forEach((group, g) => {
        if (g > 0) candidates.push(sorted[index] as number);
        index += group.length;
      });
      return tidyThresholds(candidates, min, max);
    }
  }
}

/** The class of a value under ascending thresholds (0 .. thresholds.length). */
export function classIndex(value: number, thresholds: readonly number[]): number {
  let lo = 0;
  let hi = thresholds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value >= (thresholds[mid] as number)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
