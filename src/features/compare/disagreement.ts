/**
 * Where two sources disagree: the pairs table's sort, each pair's direction (B over- or
 * under-estimates A) and the ranked lists of the largest disagreements. Pure.
 *
 * How far apart a pair is: |ln(B / A)|, not |% difference|. The log ratio is symmetric: B at twice
 * A and B at half of A are equally far from agreement (|ln 2| both), whereas in percent they are
 * +100 % and −50 %, and an under-estimate can never pass −100 %, so ranking by |% difference| would
 * put every large over-estimate ahead of an equally large under-estimate. It is also the scale the
 * agreement statistics use (stats.ts: the bias and the spread are of ln(B / A)).
 */
import { PAIR_SORTS, type PairSortKey, type PairSortValue } from '../../state/viewState';
import type { ComparedPair } from './compareModel';
import { isLoggable } from './stats';

export type { PairSortKey };

/** A column of the pairs table and the direction it is sorted in. */
export interface PairSort {
  key: PairSortKey;
  direction: 'asc' | 'desc';
}

/** The largest disagreements first. */
export const DEFAULT_PAIR_SORT: PairSort = { key: 'gap', direction: 'desc' };

/** The sort of a URL value (csort=ratio-asc); anything else gives the default. */
export function pairSortOf(value: string): PairSort {
  if (!(PAIR_SORTS as readonly string[]).includes(value)) return DEFAULT_PAIR_SORT;
  const cut = value.lastIndexOf('-');
  return { key: value.slice(0, cut) as PairSortKey, direction: value.slice(cut + 1) as PairSort['direction'] };
}

/** The URL value of a sort. */
export const pairSortValue = (sort: PairSort): PairSortValue => `${sort.key}-${sort.direction}`;

export type Direction = 'over' | 'under' | 'equal';

/** B − A. */
export const differenceOf = (pair: ComparedPair): number => pair.b.value - pair.a.value;

/** (B − A) / A in percent; null when A is 0. */
export function percentDifferenceOf(pair: ComparedPair): number | null {
  return pair.a.value === 0 ? null : ((pair.b.value - pair.a.value) / Math.abs(pair.a.value)) * 100;
}

/** ln(B / A); null when either is 0 or below (no logarithm). */
export function logRatioOf(pair: ComparedPair): number | null {
  return isLoggable({ a: pair.a.value, b: pair.b.value }) ? Math.log(pair.b.value / pair.a.value) : null;
}

/** How far apart A and B are: |ln(B / A)| (see the top of the file); null without a logarithm. */
export function gapOf(pair: ComparedPair): number | null {
  const log = logRatioOf(pair);
  return log === null ? null : Math.abs(log);
}

/** Whether B is above A (over-estimates it), below it, or equal. */
export function directionOf(pair: ComparedPair): Direction {
  const d = differenceOf(pair);
  return d > 0 ? 'over' : d < 0 ? 'under' : 'equal';
}

/** The value a column sorts by; null sorts last whatever the direction. */
function sortValue(pair: ComparedPair, key: Exclude<PairSortKey, 'country'>): number | null {
  switch (key) {
    case 'a':
      return pair.a.value;
    case 'b':
      return pair.b.value;
    case 'ratio':
      return Number.isFinite(pair.ratio) ? pair.ratio : null;
    case 'diff':
      return differenceOf(pair);
    case 'pct':
      return percentDifferenceOf(pair);
    case 'gap':
      return gapOf(pair);
  }
}

/**
 * The pairs in the table's order: by a column, ascending or descending; pairs without a value in
 * that column (no ratio when A is 0) last either way; ties by country name. A new array.
 */
export function sortPairs<T extends ComparedPair>(pairs: readonly T[], sort: PairSort, nameOf: (geo: string) => string, lang: string): T[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byName = (p: T, q: T) => nameOf(p.geo).localeCompare(nameOf(q.geo), lang) || (p.geo < q.geo ? -1 : p.geo > q.geo ? 1 : 0);
  const { key } = sort;
  if (key === 'country') return [...pairs].sort((p, q) => sign * byName(p, q));
  const keyed = pairs.map((pair) => ({ pair, value: sortValue(pair, key) }));
  keyed.sort((p, q) => {
    if (p.value === null || q.value === null) return p.value === q.value ? byName(p.pair, q.pair) : p.value === null ? 1 : -1;
    return sign * (p.value - q.value) || byName(p.pair, q.pair);
  });
  return keyed.map((entry) => entry.pair);
}

/** The sort a click on a column's header gives: the other direction of the same column, else the column's natural first direction. */
export function nextSort(current: PairSort, key: PairSortKey): PairSort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  // Names A to Z; figures and disagreements largest first.
  return { key, direction: key === 'country' ? 'asc' : 'desc' };
}

export interface RankedDisagreements<T> {
  /** Where B is above A, furthest first (at most `count`). */
  over: T[];
  /** Where B is below A, furthest first (at most `count`). */
  under: T[];
}

/**
 * The `count` countries where B over-estimates A most and the `count` where it under-estimates
 * most, by ln(B / A) (pairs without a logarithm are left out); ties by country code.
 */
export function rankDisagreements<T extends ComparedPair>(pairs: readonly T[], count = 10): RankedDisagreements<T> {
  const logged = pairs.flatMap((pair) => {
    const log = logRatioOf(pair);
    return log === null ? [] : [{ pair, log }];
  });
  const byCode = (p: { pair: T }, q: { pair: T }) => (p.pair.geo < q.pair.geo ? -1 : p.pair.geo > q.pair.geo ? 1 : 0);
  const over = logged.filter((e) => e.log > 0).sort((p, q) => q.log - p.log || byCode(p, q));
  const under = logged.filter((e) => e.log < 0).sort((p, q) => p.log - q.log || byCode(p, q));
  const take = Math.max(0, count);
  return { over: over.slice(0, take).map((e) => e.pair), under: under.slice(0, take).map((e) => e.pair) };
}
