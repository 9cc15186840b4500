/** Building Series payloads row by row, with a stable row order and key order. */
import { CONTRACT_VERSION, type Flag, type Series } from '../../src/contract/schema';
import { TOTAL_SLICE } from '../../src/contract/paths';

export interface Row {
  geo: string;
  period: string;
  value: number;
  lower?: number | null;
  upper?: number | null;
  flag?: Flag | null;
}

export interface SeriesMeta {
  indicator: string;
  source: string;
  releaseDate: string;
  slice?: string;
  /** The level of the rows' units (absent: country). */
  level?: Series['level'];
  focus?: Series['focus'];
  /** Write lower and upper columns. */
  bounds?: boolean;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Rows sorted by geo then period; a flag column only when some row has a flag. */
export function buildSeries(meta: SeriesMeta, rows: Row[]): Series {
  const sorted = [...rows].sort((a, b) => compare(a.geo, b.geo) || compare(a.period, b.period));
  const columns: Series['columns'] = {
    geo: sorted.map((r) => r.geo),
    period: sorted.map((r) => r.period),
    value: sorted.map((r) => r.value),
  };
  if (meta.bounds) {
    columns.lower = sorted.map((r) => r.lower ?? null);
    columns.upper = sorted.map((r) => r.upper ?? null);
  }
  if (sorted.some((r) => r.flag)) columns.flag = sorted.map((r) => r.flag ?? null);
  return {
    contract: CONTRACT_VERSION,
    indicator: meta.indicator,
    source: meta.source,
    slice: meta.slice ?? TOTAL_SLICE,
    ...(meta.level ? { level: meta.level } : {}),
    focus: meta.focus ?? null,
    releaseDate: meta.releaseDate,
    columns,
  };
}

/** Split `total` into integer parts proportional to `weights` that add up exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (total <= 0 || sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

/** Round to `digits` significant digits (monotone, so lower ≤ value ≤ upper survives it). */
export function significant(x: number, digits = 4): number {
  return x === 0 ? 0 : Number(x.toPrecision(digits));
}
