/**
 * Period matching: sources rarely share a year (a census every five years, an advertising
 * audience every year, search interest every month). Each value of B is paired with A's nearest
 * period within a tolerance, in years (lib/period.ts: nearestPeriodSorted, periodDistance). Pure.
 */
import type { Observation } from '../../data/observations';
import { nearestPeriodSorted } from '../../lib/period';

/**
 * A country's observations by period (the first row of a period wins, as elsewhere in the app).
 * Not mutated once built: what is derived from it is cached per map.
 */
export type CountryObservations = ReadonlyMap<string, Observation>;

const sortedKeys = new WeakMap<ReadonlyMap<string, unknown>, readonly string[]>();

/** A country's periods, oldest first (cached per map; do not mutate). */
export function sortedPeriods(periods: ReadonlyMap<string, unknown>): readonly string[] {
  let sorted = sortedKeys.get(periods);
  if (sorted?.length !== periods.size) {
    sorted = [...periods.keys()].sort();
    sortedKeys.set(periods, sorted);
  }
  return sorted;
}

/** Observations grouped by country, then by period. */
export function byCountry(observations: Iterable<Observation>): Map<string, CountryObservations> {
  const out = new Map<string, Map<string, Observation>>();
  for (const o of observations) {
    let periods = out.get(o.geo);
    if (!periods) out.set(o.geo, (periods = new Map()));
    if (!periods.has(o.period)) periods.set(o.period, o);
  }
  return out;
}

/** One country's pair: B's value at the period, and A's at its nearest period within the tolerance. */
export interface MatchedPair {
  geo: string;
  a: Observation;
  b: Observation;
  /** Years between A's period and B's. */
  distance: number;
}

export interface PairingResult {
  /** The pairs, in B's country order. */
  pairs: MatchedPair[];
  /** Pairs whose A value is from another period than B's. */
  shifted: number;
  /** Countries B has a value for at the period but A has none within the tolerance. */
  unmatchedB: string[];
  /** Countries A has a value for within the tolerance but B has none at the period. */
  onlyA: string[];
}

/**
 * Pairs each value of B at `period` with A's value at the nearest period within `tolerance`
 * years, country by country.
 */
export function pairAt(
  a: ReadonlyMap<string, CountryObservations>,
  b: ReadonlyMap<string, CountryObservations>,
  period: string,
  tolerance: number,
): PairingResult {
  const pairs: MatchedPair[] = [];
  const unmatchedB: string[] = [];
  let shifted = 0;
  for (const [geo, periods] of b) {
    const bObs = periods.get(period);
    if (!bObs) continue;
    const aPeriods = a.get(geo);
    const match = aPeriods ? nearestPeriodSorted(period, sortedPeriods(aPeriods), tolerance) : null;
    if (!match || !aPeriods) {
      unmatchedB.push(geo);
      continue;
    }
    if (match.period !== period) shifted += 1;
    pairs.push({ geo, a: aPeriods.get(match.period) as Observation, b: bObs, distance: match.distance });
  }
  const onlyA: string[] = [];
  for (const [geo, periods] of a) {
    if (b.get(geo)?.has(period)) continue;
    if (nearestPeriodSorted(period, sortedPeriods(periods), tolerance)) onlyA.push(geo);
  }
  return { pairs, shifted, unmatchedB, onlyA };
}

const distinctPeriods = new WeakMap<ReadonlyMap<string, CountryObservations>, readonly string[]>();

/** periodsIn, shared (cached per grouped map, which is not mutated once built). */
function periodsOf(grouped: ReadonlyMap<string, CountryObservations>): readonly string[] {
  let periods = distinctPeriods.get(grouped);
  if (!periods) {
    const set = new Set<string>();
    for (const byPeriod of grouped.values()) for (const period of byPeriod.keys()) set.add(period);
    periods = [...set].sort();
    distinctPeriods.set(grouped, periods);
  }
  return periods;
}

/** Records the distinct periods of a grouped map already known where it was built (the series' index). */
export function rememberPeriods(grouped: ReadonlyMap<string, CountryObservations>, periods: readonly string[]): void {
  distinctPeriods.set(grouped, periods);
}

/** The distinct periods of grouped observations, oldest first (a copy the caller may keep). */
export function periodsIn(grouped: ReadonlyMap<string, CountryObservations>): string[] {
  return [...periodsOf(grouped)];
}

/**
 * The period the comparison shows when the view names none (or one B does not have): the latest
 * of B's periods where some country's A value is from the same period, else the latest with any
 * match within the tolerance, else B's latest.
 */
export function defaultComparePeriod(
  a: ReadonlyMap<string, CountryObservations>,
  b: ReadonlyMap<string, CountryObservations>,
  tolerance: number,
): string | null {
  const periods = periodsOf(b);
  const aPeriods = periodsOf(a);
  for (const maxDistance of [0, tolerance]) {
    for (let i = periods.length - 1; i >= 0; i--) {
      const match = nearestPeriodSorted(periods[i] as string, aPeriods, maxDistance);
      if (match) return periods[i] as string;
    }
  }
  return periods[periods.length - 1] ?? null;
}
