/**
 * Building the time-series chart from contract series: pure, no React, no DOM.
 *
 * - Cadences are aligned on one time axis by periodTime (time.ts: years mid-year, months mid-month).
 * - A missing period is a gap: an entry with raw = null wherever the SOURCE has the period (for
 *   any country) but this country has not, between its first and last value. Lines break there;
 *   nothing is interpolated.
 * - Measures: absolute; per 1,000 population (population of the same year, so a monthly value
 *   uses its year's population; no population = value left out); index = 100 at a base period
 *   (a line without a value above zero at the base is not drawn).
 * - Log scale: values (and bounds) at or below zero are left out, and counted so the UI says so.
 */
import type { Flag, Series } from '../../contract/schema';
import type { SeriesMeasure, SeriesScale } from '../../state/viewState';
import { inWindow, isMonth, periodTime, yearOf } from './time';

export type Exclusion = 'nonPositive' | 'noPopulation' | 'noBase';

export interface SeriesPoint {
  period: string;
  /** Position on the time axis (ms, UTC). */
  t: number;
  /** The value as published; null for a missing period (a gap). */
  raw: number | null;
  rawLower: number | null;
  rawUpper: number | null;
  /** The value drawn (after the measure and the scale); null where nothing is drawn. */
  value: number | null;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
  /** Why a published value is not drawn. */
  excluded: Exclusion | null;
}

export interface MeasureOptions {
  scale: SeriesScale;
  measure: SeriesMeasure;
  /** Base period of the index; null: defaultBase() of the lines. */
  base: string | null;
  from: string | null;
  to: string | null;
}

export interface LineInput {
  key: string;
  geo: string;
  sourceId: string;
  series: Series;
}

export interface BuiltLine {
  key: string;
  geo: string;
  sourceId: string;
  /** Points in the time window, oldest first, gaps included. */
  points: SeriesPoint[];
  /** Gap entries in the window. */
  missing: number;
  excluded: Record<Exclusion, number>;
  /** For the index: the published value at the base period; null when there is none (nothing drawn). */
  baseValue: number | null;
  /** Whether any point is drawn. */
  drawn: boolean;
}

export interface ChartModel {
  lines: BuiltLine[];
  /** Every period some line has in the window, in time order: the stops of the crosshair. */
  periods: { period: string; t: number }[];
  /** Time extent of the window's points; null when there are none. */
  x: [number, number] | null;
  /** Extent of the drawn values and bounds (with 0, or 100 for an index, on a linear scale); null when nothing is drawn. */
  y: [number, number] | null;
  /** The base period of the index (null for other measures, or when no period can serve). */
  base: string | null;
  /** Whether some line is monthly. */
  monthly: boolean;
}

interface Row {
  period: string;
  value: number;
  lower: number | null;
  upper: number | null;
  flag: Flag | null;
}

interface SeriesIndex {
  byGeo: Map<string, Row[]>;
  /** Every period of the series (any country), oldest first. */
  periods: string[];
  /** Yearly values by country, for use as a population. */
  yearly: Map<string, Map<string, number>>;
}

const indexes = new WeakMap<Series, SeriesIndex>();

/** Rows by country, oldest first (a repeated period keeps its first row), and the periods of the series. Cached per series. */
export function indexSeries(series: Series): SeriesIndex {
  let index = indexes.get(series);
  if (index) return index;
  const { geo, period, value, lower, upper, flag } = series.columns;
  const byGeo = new Map<string, Row[]>();
  const periods = new Set<string>();
  for (let i = 0; i < geo.length; i++) {
    const g = geo[i] as string;
    const p = period[i] as string;
    periods.add(p);
    let rows = byGeo.get(g);
    if (!rows) byGeo.set(g, (rows = []));
    rows.push({ period: p, value: value[i] as number, lower: lower?.[i] ?? null, upper: upper?.[i] ?? null, flag: flag?.[i] ?? null });
  }
  for (const [g, rows] of byGeo) {
    rows.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    byGeo.set(
      g,
      rows.filter((row, i) => i === 0 || row.period !== (rows[i - 1] as Row).period),
    );
  }
  index = { byGeo, periods: [...periods].sort(), yearly: new Map() };
  indexes.set(series, index);
  return index;
}

/** A country's yearly values ("YYYY" → value). */
function yearlyValues(series: Series, geo: string): Map<string, number> {
  const index = indexSeries(series);
  let values = index.yearly.get(geo);
  if (!values) {
    values = new Map((index.byGeo.get(geo) ?? []).filter((row) => !isMonth(row.period)).map((row) => [row.period, row.value]));
    index.yearly.set(geo, values);
  }
  return values;
}

function point(period: string, row: Row | null): SeriesPoint {
  return {
    period,
    t: periodTime(period),
    raw: row?.value ?? null,
    rawLower: row?.lower ?? null,
    rawUpper: row?.upper ?? null,
    value: row?.value ?? null,
    lower: row?.lower ?? null,
    upper: row?.upper ?? null,
    flag: row?.flag ?? null,
    excluded: null,
  };
}

/**
 * A country's values, oldest first, with a gap entry (raw = null) for each period that the
 * source has for some country but not for this one, between this country's first and last value.
 */
export function pointsWithGaps(series: Series, geo: string): SeriesPoint[] {
  const index = indexSeries(series);
  const rows = index.byGeo.get(geo) ?? [];
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const out: SeriesPoint[] = [];
  let r = 0;
  for (const period of index.periods) {
    if (period < first.period) continue;
    if (period > last.period) break;
    const row = rows[r];
    if (row && row.period === period) {
      out.push(point(period, row));
      r += 1;
    } else {
      out.push(point(period, null));
    }
  }
  return out;
}

/** The published value of a country at exactly this period, or null. */
function rawAt(series: Series, geo: string, period: string): number | null {
  const rows = indexSeries(series).byGeo.get(geo) ?? [];
  return rows.find((row) => row.period === period)?.value ?? null;
}

const noExclusions = (): Record<Exclusion, number> => ({ nonPositive: 0, noPopulation: 0, noBase: 0 });

function exclude(p: SeriesPoint, reason: Exclusion, counts: Record<Exclusion, number>): void {
  p.value = null;
  p.lower = null;
  p.upper = null;
  p.excluded = reason;
  counts[reason] += 1;
}

/**
 * The default base of an index: the earliest period in the window at which the most lines have a
 * value above zero (so that as many lines as possible can be indexed). null when none has any.
 */
export function defaultBase(inputs: readonly LineInput[], from: string | null, to: string | null): string | null {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    for (const row of indexSeries(input.series).byGeo.get(input.geo) ?? []) {
      if (row.value > 0 && inWindow(row.period, from, to)) counts.set(row.period, (counts.get(row.period) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [period, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && periodTime(period) < periodTime(best))) {
      best = period;
      bestCount = count;
    }
  }
  return best;
}

/** One line: its window, its measure and its scale. */
export function buildLine(input: LineInput, options: MeasureOptions, base: string | null, population: Series | null): BuiltLine {
  const points = pointsWithGaps(input.series, input.geo).filter((p) => inWindow(p.period, options.from, options.to));
  const excluded = noExclusions();
  let baseValue: number | null = null;

  if (options.measure === 'per1000') {
    const people = population ? yearlyValues(population, input.geo) : new Map<string, number>();
    for (const p of points) {
      if (p.raw === null) continue;
      const count = people.get(yearOf(p.period));
      if (count === undefined || !(count > 0)) {
        exclude(p, 'noPopulation', excluded);
        continue;
      }
      const scale = 1000 / count;
      p.value = p.raw * scale;
      p.lower = p.rawLower === null ? null : p.rawLower * scale;
      p.upper = p.rawUpper === null ? null : p.rawUpper * scale;
    }
  } else if (options.measure === 'index') {
    const atBase = base === null ? null : rawAt(input.series, input.geo, base);
    baseValue = atBase !== null && atBase > 0 ? atBase : null;
    for (const p of points) {
      if (p.raw === null) continue;
      if (baseValue === null) {
        exclude(p, 'noBase', excluded);
        continue;
      }
      const scale = 100 / baseValue;
      p.value = p.raw * scale;
      p.lower = p.rawLower === null ? null : p.rawLower * scale;
      p.upper = p.rawUpper === null ? null : p.rawUpper * scale;
    }
  }

  if (options.scale === 'log') {
    for (const p of points) {
      if (p.value === null) continue;
      if (!(p.value > 0)) {
        exclude(p, 'nonPositive', excluded);
        continue;
      }
      if (p.lower !== null && !(p.lower > 0)) p.lower = null;
      if (p.upper !== null && !(p.upper > 0)) p.upper = null;
    }
  }

  return {
    key: input.key,
    geo: input.geo,
    sourceId: input.sourceId,
    points,
    missing: points.filter((p) => p.raw === null).length,
    excluded,
    baseValue,
    drawn: points.some((p) => p.value !== null),
  };
}

/** Every line of the chart, the crosshair stops and the extents of both axes. */
export function buildChart(inputs: readonly LineInput[], options: MeasureOptions, population: Series | null = null): ChartModel {
  const base = options.measure === 'index' ? (options.base ?? defaultBase(inputs, options.from, options.to)) : null;
  const lines = inputs.map((input) => buildLine(input, options, base, population));

  const stops = new Map<string, number>();
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  let monthly = false;
  for (const line of lines) {
    for (const p of line.points) {
      stops.set(p.period, p.t);
      if (p.t < x0) x0 = p.t;
      if (p.t > x1) x1 = p.t;
      if (isMonth(p.period)) monthly = true;
      if (p.value === null) continue;
      for (const v of [p.value, p.lower, p.upper]) {
        if (v === null) continue;
        if (v < y0) y0 = v;
        if (v > y1) y1 = v;
      }
    }
  }
  let y: [number, number] | null = null;
  if (y0 <= y1) {
    if (options.scale === 'linear') {
      const anchor = options.measure === 'index' ? 100 : 0;
      y = [Math.min(anchor, y0), Math.max(anchor, y1)];
    } else {
      y = [y0, y1];
    }
  }
  const periods = [...stops].map(([period, t]) => ({ period, t })).sort((a, b) => a.t - b.t || (a.period < b.period ? -1 : 1));
  return { lines, periods, x: x0 <= x1 ? [x0, x1] : null, y, base, monthly };
}

/**
 * The point of a line at a crosshair period: the same period, or, for a yearly line under a
 * monthly crosshair, that month's year. null when the line has nothing there.
 */
export function pointAt(line: BuiltLine, period: string): SeriesPoint | null {
  let byPeriod = pointIndexes.get(line);
  if (!byPeriod) {
    byPeriod = new Map(line.points.map((p) => [p.period, p]));
    pointIndexes.set(line, byPeriod);
  }
  return byPeriod.get(period) ?? (isMonth(period) ? (byPeriod.get(yearOf(period)) ?? null) : null);
}

const pointIndexes = new WeakMap<BuiltLine, Map<string, SeriesPoint>>();

/** Series breaks (flag "break") on drawn lines: one per source and period, in time order. */
export function breaksOf(model: ChartModel): { sourceId: string; period: string; t: number }[] {
  const seen = new Map<string, { sourceId: string; period: string; t: number }>();
  for (const line of model.lines) {
    for (const p of line.points) {
      if (p.flag === 'break' && p.raw !== null) seen.set(`${line.sourceId}|${p.period}`, { sourceId: line.sourceId, period: p.period, t: p.t });
    }
  }
  return [...seen.values()].sort((a, b) => a.t - b.t || (a.sourceId < b.sourceId ? -1 : 1));
}

/**
 * The countries shown when none is selected: the n with the largest values (in absolute terms
 * for a signed indicator) at the latest period of the series.
 */
export function topCountries(series: Series, n: number, signed: boolean): { geos: string[]; period: string | null } {
  const { periods, byGeo } = indexSeries(series);
  const latest = periods.at(-1) ?? null;
  if (latest === null) return { geos: [], period: null };
  const ranked: { geo: string; v: number }[] = [];
  for (const [geo, rows] of byGeo) {
    const last = rows.at(-1);
    if (last && last.period === latest) ranked.push({ geo, v: signed ? Math.abs(last.value) : last.value });
  }
  ranked.sort((a, b) => b.v - a.v || (a.geo < b.geo ? -1 : 1));
  return { geos: ranked.slice(0, n).map((r) => r.geo), period: latest };
}
