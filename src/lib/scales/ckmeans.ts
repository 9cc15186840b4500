/**
 * Optimal univariate k-means clustering (Ckmeans.1d.dp, Wang & Song 2011): splits sorted values
 * into k contiguous groups with the least total within-group sum of squared deviations ("natural
 * breaks"). Dynamic programming over the sorted values; each row of the table is filled by divide
 * and conquer, relying on the optimal split point being non-decreasing, so the cost is
 * O(k · n log n) rather than O(k · n²).
 *
 * Written here (not taken from simple-statistics, a test-only dependency) so the app bundle only
 * carries what it uses; the tests check it against simple-statistics' ckmeans.
 */

/** The groups of `values` (any order), as ascending arrays; at most k, fewer if there are fewer distinct values. */
export function ckmeans(values: readonly number[], k: number): number[][] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return [];
  let distinct = 1;
  for (let i = 1; i < n; i++) if (sorted[i] !== sorted[i - 1]) distinct += 1;
  const groups = Math.max(1, Math.min(Math.floor(k), distinct));
  if (groups === 1) return [sorted];

  // Prefix sums of deviations from the median, for numerical stability with large values.
  const shift = sorted[Math.floor(n / 2)] as number;
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const d = (sorted[i] as number) - shift;
    s1[i + 1] = (s1[i] as number) + d;
    s2[i + 1] = (s2[i] as number) + d * d;
  }
  /** Sum of squared deviations of sorted[j..i] from their mean. */
  const ssq = (j: number, i: number): number => {
    const count = i - j + 1;
    const sum = (s1[i + 1] as number) - (s1[j] as number);
    const value = (s2[i + 1] as number) - (s2[j] as number) - (sum * sum) / count;
    return value > 0 ? value : 0;
  };

  // cost[q][i]: least cost of sorted[0..i] in q + 1 groups; split[q][i]: first index of the last group.
  const cost: Float64Array[] = [];
  const split: Int32Array[] = [];
  for (let q = 0; q < groups; q++) {
    cost.push(new Float64Array(n));
    split.push(new Int32Array(n));
  }
  const first = cost[0] as Float64Array;
  for (let i = 0; i < n; i++) first[i] = ssq(0, i);

  for (let q = 1; q < groups; q++) {
    const previous = cost[q - 1] as Float64Array;
    const row = cost[q] as Float64Array;
    const rowSplit = split[q] as Int32Array;
    // The last group starts at j (q <= j <= i), after q groups over sorted[0..j-1].
    const fill = (iMin: number, iMax: number, jMin: number, jMax: number): void => {
      if (iMin > iMax) return;
      const i = (iMin + iMax) >> 1;
      let best = Infinity;
      let bestJ = Math.max(q, jMin);
      const hi = Math.min(i, jMax);
      for (let j = Math.max(q, jMin); j <= hi; j++) {
        const c = (previous[j - 1] as number) + ssq(j, i);
        if (c < best) {
          best = c;
          bestJ = j;
        }
      }
      row[i] = best;
      rowSplit[i] = bestJ;
      fill(iMin, i - 1, jMin, bestJ);
      fill(i + 1, iMax, bestJ, jMax);
    };
    fill(q, n - 1, q, n - 1);
  }

  const result: number[][] = [];
  let end = n - 1;
  for (let q = groups - 1; q >= 0; q--) {
    const start = q === 0 ? 0 : ((split[q] as Int32Array)[end] as number);
    result.unshift(sorted.slice(start, end + 1));
    end = start - 1;
  }
  return result;
}

/** Total within-group sum of squared deviations: what ckmeans minimises. */
export function withinGroupSquares(groups: readonly (readonly number[])[]): number {
  let total = 0;
  for (const group of groups) {
    if (group.length === 0) continue;
    const mean = group.reduce((a, b) => a + b, 0) / group.length;
    for (const v of group) total += (v - mean) * (v - mean);
  }
  return total;
}
