/**
 * What the comparison panel shows, from the catalog and the two sources' observations. Pure.
 */
import type { Catalog, Dimension, Indicator, Series, Source, Unit } from '../../contract/schema';
import type { Observation } from '../../data/observations';
import { DEFAULT_LEVEL, type LevelId } from '../../contract/levels';
import { catalogIndex, sourceRefOf } from '../../data/catalogIndex';
import { runAll, type Steps } from '../../lib/slices';
import { rememberCoverage } from './coverage';
import { RowObservations } from './rowObservations';
import { agreement, outliers, type Agreement } from './stats';
import { defaultComparePeriod, pairAt, periodsIn, rememberPeriods, type CountryObservations, type MatchedPair, type PairingResult } from './periods';

export interface SourceChoice {
  /** The indicator's sources at the view's level, in catalog order (a comparison pairs figures for the same units). */
  sources: Source[];
  a: Source | null;
  b: Source | null;
}

/**
 * The pair to compare: the view's choice where the indicator has it, else A = the indicator's
 * first official source (its first source when none is official) and B = its first
 * digital-trace source other than A (its first other source when none is digital-trace).
 */
export function chooseSources(
  catalog: Catalog,
  indicator: Indicator,
  choice: { a: string | null; b: string | null },
  level: LevelId = DEFAULT_LEVEL,
): SourceChoice {
  const index = catalogIndex(catalog);
  const sources = index
    .sourceRefsAt(indicator, level)
    .map((ref) => index.source(ref.id))
    .filter((s): s is Source => s !== undefined);
  const byId = (id: string | null) => (id === null ? undefined : sources.find((s) => s.id === id));
  // By default a digital trace against the official source the catalog pairs it with.
  const digital = byId(choice.b) ?? sources.find((s) => s.kind === 'digital-trace');
  const paired = choice.a === null && digital?.comparesWith !== undefined ? byId(digital.comparesWith) : undefined;
  const a = byId(choice.a) ?? paired ?? sources.find((s) => s.kind === 'official') ?? sources[0] ?? null;
  const others = sources.filter((s) => s.id !== a?.id);
  const b = byId(choice.b) ?? others.find((s) => s.kind === 'digital-trace') ?? others[0] ?? null;
  return { sources, a, b };
}

/** Indicators that have at least two sources at one level (the ones a comparison can be made for). */
export function comparableIndicators(catalog: Catalog): Indicator[] {
  const index = catalogIndex(catalog);
  return catalog.indicators.filter((i) => index.levelsOf(i).some((level) => index.sourceRefsAt(i, level).length >= 2));
}

export interface BreakdownGroup {
  /** The slice, e.g. "age-65-plus". */
  slice: string;
  label: string;
}

export interface CommonDimension {
  dimension: Dimension;
  /** The dimension's values both sources break down by, in catalog order. */
  groups: BreakdownGroup[];
}

/** The dimensions both sources have at least one group of, for this indicator. */
export function commonDimensions(indicator: Indicator, a: string, b: string): CommonDimension[] {
  const breakdowns = (id: string) => new Set(sourceRefOf(indicator, id)?.breakdowns ?? []);
  const inA = breakdowns(a);
  const inB = breakdowns(b);
  const out: CommonDimension[] = [];
  for (const dimension of indicator.dimensions) {
    const groups = dimension.values
      .map((value) => ({ slice: `${dimension.id}-${value.id}`, label: value.label }))
      .filter((group) => inA.has(group.slice) && inB.has(group.slice));
    if (groups.length > 0) out.push({ dimension, groups });
  }
  return out;
}

export type Grouped = Map<string, CountryObservations>;

const groupedCache = new WeakMap<Series, Grouped>();

/** Rows grouped between two pauses when grouping in slices. */
const ROWS_PER_STEP = 8192;

/**
 * A series' observations by country and period, as steps (see lib/slices.ts): a large series is
 * grouped a slice of rows at a time. The result is cached per series object, with its distinct
 * periods and coverage, counted on the way.
 */
export function* groupSeriesSteps(series: Series): Steps<Grouped> {
  const cached = groupedCache.get(series);
  if (cached) return cached;
  const { geo, period } = series.columns;
  const made: (Observation | undefined)[] = [];
  const out = new Map<string, RowObservations>();
  const countsByPeriod = new Map<string, number>();
  for (let row = 0; row < geo.length; row++) {
    if (row > 0 && row % ROWS_PER_STEP === 0) yield;
    const g = geo[row] as string;
    const p = period[row] as string;
    let country = out.get(g);
    if (!country) out.set(g, (country = new RowObservations(series, new Map(), made)));
    if (country.rows.has(p)) continue;
    country.rows.set(p, row);
    countsByPeriod.set(p, (countsByPeriod.get(p) ?? 0) + 1);
  }
  rememberPeriods(out, [...countsByPeriod.keys()].sort());
  rememberCoverage(out, countsByPeriod);
  groupedCache.set(series, out);
  return out;
}

/** A series' observations by country and period, grouped now (cached per series object). */
export function groupSeries(series: Series): Grouped {
  return groupedCache.get(series) ?? runAll(groupSeriesSteps(series));
}

/** Whether the series is grouped already. */
export const isGrouped = (series: Series): boolean => groupedCache.has(series);

/** A pair with what the scatter and the map draw for it. */
export interface ComparedPair extends MatchedPair {
  /** b / a (NaN when a is 0). */
  ratio: number;
  outlier: boolean;
}

/** What the ratio map and the pairs table show: the matched pairs of one period, with the names to give them. */
export interface PairsView {
  pairs: readonly ComparedPair[];
  unit: Unit;
  aName: string;
  bName: string;
  period: string;
  names: ReadonlyMap<string, string>;
}

export interface PairModel {
  /** The period of B the pairs are for. */
  period: string;
  /** Whether the view's period was replaced because B has no values then. */
  periodReplaced: boolean;
  pairing: PairingResult;
  pairs: ComparedPair[];
  agreement: Agreement;
}

export const OUTLIER_LABELS = 5;

/**
 * Pairs B's values at the period (the view's if B has it, else the default) with A's nearest
 * within the tolerance, and their agreement.
 */
export function buildPairModel(a: Grouped, b: Grouped, viewPeriod: string | null, tolerance: number): PairModel | null {
  const periodsB = periodsIn(b);
  const usable = viewPeriod !== null && periodsB.includes(viewPeriod);
  const period = usable ? viewPeriod : defaultComparePeriod(a, b, tolerance);
  if (period === null) return null;
  const pairing = pairAt(a, b, period, tolerance);
  const values = pairing.pairs.map((p) => ({ geo: p.geo, a: p.a.value, b: p.b.value }));
  const flagged = new Set(outliers(values, OUTLIER_LABELS).map((p) => p.geo));
  const pairs = pairing.pairs.map((p) => ({ ...p, ratio: p.a.value === 0 ? NaN : p.b.value / p.a.value, outlier: flagged.has(p.geo) }));
  return { period, periodReplaced: viewPeriod !== null && !usable, pairing, pairs, agreement: agreement(values) };
}

/**
 * The country of the per-country chart: the chosen one if either source has it, else the first
 * selected country either source has, else the country with the largest paired A value, else
 * (nothing paired) the one with the largest latest value of A, or of B without A.
 */
export function chooseCountry(
  chosen: string | null,
  selected: readonly string[],
  a: Grouped | null,
  b: Grouped | null,
  pairs: readonly ComparedPair[],
): string | null {
  const has = (geo: string) => Boolean(a?.get(geo)?.size || b?.get(geo)?.size);
  if (chosen !== null && has(chosen)) return chosen;
  const first = selected.find(has);
  if (first) return first;
  let best: ComparedPair | null = null;
  for (const pair of pairs) if (best === null || pair.a.value > best.a.value) best = pair;
  if (best) return best.geo;
  return largestLatest(a) ?? largestLatest(b);
}

/** The country whose latest value is the largest. */
function largestLatest(grouped: Grouped | null): string | null {
  let best: { geo: string; value: number } | null = null;
  for (const [geo, periods] of grouped ?? []) {
    let latest: string | null = null;
    for (const period of periods.keys()) if (latest === null || period > latest) latest = period;
    const value = latest === null ? undefined : periods.get(latest)?.value;
    if (value !== undefined && (best === null || value > best.value)) best = { geo, value };
  }
  return best?.geo ?? null;
}
