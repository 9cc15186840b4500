/**
 * An experimental nowcast, and a back-test of it. Pure.
 *
 * Method: carry A's last official figure forward with B's growth since then,
 *
 *   estimate(s) = A(t₀) × B(s) / B(anchor)
 *
 * where t₀ is A's latest period for the country, anchor is B's period nearest to t₀ (within the
 * tolerance, see periods.ts) and s a later period of B. It is a model estimate, not a statistic:
 * it assumes that B's coverage of the population A counts stays what it was at t₀.
 *
 * Back-test: the same method, pretending each past release of A was not yet out. For consecutive
 * A periods t₋₁ < t, predict A(t) = A(t₋₁) × B(near t) / B(near t₋₁) and compare with the
 * published A(t); the naive forecast A(t₋₁) (no change) is the baseline the method has to beat.
 */
import type { Observation } from '../../data/observations';
import { lowerBound } from '../../lib/nearest';
import { nearestPeriodSorted } from '../../lib/period';
import { sortedPeriods, type CountryObservations } from './periods';
import type { Steps } from '../../lib/slices';
import { absolutePercentError, mean, median } from './stats';

export interface NowcastPoint {
  period: string;
  value: number;
}

export interface Nowcast {
  geo: string;
  /** A's last official figure. */
  base: Observation;
  /** B's value nearest to the base period: where the growth is measured from. */
  anchor: Observation;
  /** B's latest value. */
  latest: Observation;
  /** latest / anchor. */
  growth: number;
  /** The estimate for B's latest period. */
  estimate: number;
  /** Whether B breaks (changes method) after the anchor, so that its growth mixes two methods. */
  acrossBreak: boolean;
  /** The estimate at each of B's periods after the base, oldest first (the line drawn on the chart). */
  path: NowcastPoint[];
}

const breakCounts = new WeakMap<CountryObservations, Int32Array>();

/** counts[i]: how many of B's first i periods (oldest first) are flagged as a break (cached per map). */
function breaksBefore(b: CountryObservations): Int32Array {
  const periods = sortedPeriods(b);
  let counts = breakCounts.get(b);
  if (counts?.length !== periods.length + 1) {
    counts = new Int32Array(periods.length + 1);
    for (let i = 0, n = 0; i < periods.length; i++) {
      if (b.get(periods[i] as string)?.flag === 'break') n++;
      counts[i + 1] = n;
    }
    breakCounts.set(b, counts);
  }
  return counts;
}

/** The index in `sorted` (distinct, oldest first) after the last period up to `period`. */
function indexAfter(sorted: readonly string[], period: string): number {
  const i = lowerBound(sorted, period);
  return sorted[i] === period ? i + 1 : i;
}

/** Whether a B value from `after` (exclusive) to `upTo` (inclusive) is flagged as a break. */
function breakBetween(b: CountryObservations, after: string, upTo: string): boolean {
  const periods = sortedPeriods(b);
  const counts = breaksBefore(b);
  return (counts[indexAfter(periods, upTo)] as number) > (counts[indexAfter(periods, after)] as number);
}

/** The nowcast of one country, or null when it cannot be made (see the reasons in the UI). */
export function nowcastCountry(
  geo: string,
  a: CountryObservations | undefined,
  b: CountryObservations | undefined,
  tolerance: number,
): Nowcast | null {
  if (!a || !b || a.size === 0 || b.size === 0) return null;
  const aPeriods = sortedPeriods(a);
  const bPeriods = sortedPeriods(b);
  const base = a.get(aPeriods[aPeriods.length - 1] as string) as Observation;
  const match = nearestPeriodSorted(base.period, bPeriods, tolerance);
  if (!match) return null;
  const anchor = b.get(match.period) as Observation;
  const latest = b.get(bPeriods[bPeriods.length - 1] as string) as Observation;
  // Nothing to carry forward: B has nothing newer than A.
  if (latest.period <= base.period || anchor.value <= 0 || base.value <= 0) return null;
  const growth = latest.value / anchor.value;
  const path: NowcastPoint[] = [{ period: base.period, value: base.value }];
  for (const period of bPeriods) {
    if (period <= base.period) continue;
    path.push({ period, value: (base.value * (b.get(period) as Observation).value) / anchor.value });
  }
  return {
    geo,
    base,
    anchor,
    latest,
    growth,
    estimate: base.value * growth,
    acrossBreak: breakBetween(b, anchor.period, latest.period),
    path,
  };
}

export interface BacktestRow {
  geo: string;
  /** The earlier release, carried forward. */
  from: Observation;
  /** The release predicted, with its published value. */
  to: Observation;
  bFrom: Observation;
  bTo: Observation;
  predicted: number;
  /** Signed error of the method, in percent ((predicted − actual) / actual). */
  error: number;
  /** Absolute error of the naive forecast (no change since the earlier release), in percent. */
  naiveApe: number;
  acrossBreak: boolean;
}

/** The back-test of one country: a row for every A release that had an earlier one and B values near both. */
export function backtestCountry(
  geo: string,
  a: CountryObservations | undefined,
  b: CountryObservations | undefined,
  tolerance: number,
): BacktestRow[] {
  if (!a || !b) return [];
  const aPeriods = sortedPeriods(a);
  const bPeriods = sortedPeriods(b);
  const rows: BacktestRow[] = [];
  let mTo = aPeriods.length > 0 ? nearestPeriodSorted(aPeriods[0] as string, bPeriods, tolerance) : null;
  for (let k = 1; k < aPeriods.length; k++) {
    const from = a.get(aPeriods[k - 1] as string) as Observation;
    const to = a.get(aPeriods[k] as string) as Observation;
    const mFrom = mTo;
    mTo = nearestPeriodSorted(to.period, bPeriods, tolerance);
    // Both ends must be distinct B periods, or B says nothing about the change.
    if (!mFrom || !mTo || mFrom.period >= mTo.period) continue;
    const bFrom = b.get(mFrom.period) as Observation;
    const bTo = b.get(mTo.period) as Observation;
    if (bFrom.value <= 0 || from.value <= 0 || to.value === 0) continue;
    const predicted = (from.value * bTo.value) / bFrom.value;
    rows.push({
      geo,
      from,
      to,
      bFrom,
      bTo,
      predicted,
      error: ((predicted - to.value) / Math.abs(to.value)) * 100,
      naiveApe: absolutePercentError(from.value, to.value) as number,
      acrossBreak: breakBetween(b, bFrom.period, bTo.period),
    });
  }
  return rows;
}

/** Countries back-tested between two pauses when running in slices. */
const COUNTRIES_PER_STEP = 16;

/** The back-test of every country of A, as steps (see lib/slices.ts), in A's country order. */
export function* backtestSteps(
  a: ReadonlyMap<string, CountryObservations>,
  b: ReadonlyMap<string, CountryObservations>,
  tolerance: number,
): Steps<BacktestRow[]> {
  const out: BacktestRow[] = [];
  let done = 0;
  for (const [geo, periods] of a) {
    if (done > 0 && done % COUNTRIES_PER_STEP === 0) yield;
    out.push(...backtestCountry(geo, periods, b.get(geo), tolerance));
    done += 1;
  }
  return out;
}

export interface BacktestSummary {
  /** Predictions made. */
  n: number;
  /** Mean absolute percentage error of the method. */
  mape: number | null;
  medianApe: number | null;
  /** The same for the naive (no change) forecast. */
  naiveMape: number | null;
  naiveMedianApe: number | null;
  /** Predictions whose B growth spans a break in B. */
  acrossBreak: number;
}

export function summarizeBacktest(rows: readonly BacktestRow[]): BacktestSummary {
  const apes = rows.map((r) => Math.abs(r.error));
  const naive = rows.map((r) => r.naiveApe);
  const n = rows.length;
  return {
    n,
    mape: n > 0 ? mean(apes) : null,
    medianApe: n > 0 ? median(apes) : null,
    naiveMape: n > 0 ? mean(naive) : null,
    naiveMedianApe: n > 0 ? median(naive) : null,
    acrossBreak: rows.filter((r) => r.acrossBreak).length,
  };
}

/** The summary of each predicted release ("2015 → 2020"), oldest first. */
export function summarizeByRelease(rows: readonly BacktestRow[]): { from: string; to: string; summary: BacktestSummary }[] {
  const groups = new Map<string, BacktestRow[]>();
  for (const row of rows) {
    const key = `${row.from.period}|${row.to.period}`;
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()]
    .sort(([p], [q]) => (p < q ? -1 : p > q ? 1 : 0))
    .map(([key, list]) => {
      const [from, to] = key.split('|') as [string, string];
      return { from, to, summary: summarizeBacktest(list) };
    });
}
