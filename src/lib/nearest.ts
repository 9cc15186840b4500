/**
 * Binary searches over ascending values: the first position not below a key, and the nearest
 * value to a target within a reach (ties go to the earlier value). Pure.
 */

/** The first index in [0, length) where `below(i)` is false; `below` must be true, then false, along the indexes. */
export function partitionPoint(length: number, below: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of `sorted` (ascending: numbers, or strings in `.sort()` order) whose value is not below `key`. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, key: T): number {
  return partitionPoint(sorted.length, (i) => (sorted[i] as T) < key);
}

/**
 * The index of the value nearest to `target` among `length` ascending values (`valueAt(i)`), if it
 * is at most `reach` away (inclusive); -1 otherwise. Ties (as far before as after) go to the EARLIER.
 */
export function nearestIndex(length: number, valueAt: (i: number) => number, target: number, reach = Infinity): number {
  if (length === 0) return -1;
  const at = partitionPoint(length, (i) => valueAt(i) < target);
  const before = at > 0 ? target - valueAt(at - 1) : Infinity;
  const after = at < length ? valueAt(at) - target : Infinity;
  if (before <= after) return before <= reach ? at - 1 : -1;
  return after <= reach ? at : -1;
}
