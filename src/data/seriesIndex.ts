/**
 * A series indexed by country: each country's rows in period order, with the periods as numbers on
 * their grain's axis. The map's time tolerance reads it with a binary search per country, so
 * recolouring while a year plays never scans the series.
 *
 * Built once per series object (cached in a WeakMap). A series decoded in the series worker arrives
 * with its index already built there (adoptIndex), so a large file is never indexed on the main thread.
 * Pure.
 */
import type { Series } from '../contract/schema';
import { parsePeriod } from '../lib/period';

/**
 * The chosen period on the grain of a series' periods (ascending), for a source whose grain differs
 * from the one the period was chosen on: a year becomes that year's latest month the series has, a
 * month becomes its year. Anything else is returned as chosen.
 */
export function alignToGrain(chosen: string, periods: readonly string[]): string {
  const wanted = parsePeriod(chosen);
  const first = periods[0];
  const grain = first === undefined ? null : parsePeriod(first)?.grain;
  if (!wanted || !grain || grain === wanted.grain) return chosen;
  if (grain === 'year') return chosen.slice(0, 4);
  const inYear = periods.filter((p) => p.startsWith(`${chosen}-`));
  return inYear.at(-1) ?? chosen;
}

export interface GeoRows {
  /** Period ordinals, ascending, one per period (the first row of a period wins, as in valuesAt). */
  ordinals: ArrayLike<number>;
  /** The row of each ordinal. */
  rows: ArrayLike<number>;
}

export interface SeriesIndex {
  /** The grain of the series' first valid period; rows of the other grain are left out. */
  grain: 'year' | 'month' | null;
  byGeo: Map<string, GeoRows>;
}

/** Builds the index. Periods are parsed once per distinct period, not once per row. */
export function buildIndex(series: Series): SeriesIndex {
  const { geo, period } = series.columns;
  const ordinalOf = new Map<string, number | null>();
  let grain: SeriesIndex['grain'] = null;
  const rowsByGeo = new Map<string, number[]>();
  const ordinals = new Float64Array(geo.length);
  for (let row = 0; row < geo.length; row++) {
    const p = period[row] as string;
    let n = ordinalOf.get(p);
    if (n === undefined) {
      const parsed = parsePeriod(p);
      if (parsed && grain === null) grain = parsed.grain;
      n = parsed && parsed.grain === grain ? parsed.ordinal : null;
      ordinalOf.set(p, n);
    }
    if (n === null) continue;
    ordinals[row] = n;
    const g = geo[row] as string;
    const list = rowsByGeo.get(g);
    if (list) list.push(row);
    else rowsByGeo.set(g, [row]);
  }
  const byGeo = new Map<string, GeoRows>();
  for (const [g, rows] of rowsByGeo) {
    // Rows usually come in period order already; the sort is stable, so the first row of a period stays first.
    if (!isSortedBy(rows, ordinals)) rows.sort((a, b) => (ordinals[a] as number) - (ordinals[b] as number));
    const outOrdinals: number[] = [];
    const outRows: number[] = [];
    for (const row of rows) {
      const n = ordinals[row] as number;
      if (outOrdinals[outOrdinals.length - 1] === n) continue;
      outOrdinals.push(n);
      outRows.push(row);
    }
    byGeo.set(g, { ordinals: outOrdinals, rows: outRows });
  }
  return { grain, byGeo };
}

function isSortedBy(rows: readonly number[], ordinals: Float64Array): boolean {
  for (let i = 1; i < rows.length; i++) if ((ordinals[rows[i] as number] as number) < (ordinals[rows[i - 1] as number] as number)) return false;
  return true;
}

const cache = new WeakMap<Series, SeriesIndex>();

/** The index of a series: the one it arrived with, or built now and kept. */
export function indexOf(series: Series): SeriesIndex {
  let index = cache.get(series);
  if (!index) {
    index = buildIndex(series);
    cache.set(series, index);
  }
  return index;
}

/** Keeps an index built elsewhere (the series worker) for this series object. */
export function adoptIndex(series: Series, index: SeriesIndex): void {
  cache.set(series, index);
}
