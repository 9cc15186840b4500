/**
 * Period matching: sources rarely share a year (a census every five years, an advertising
 * audience every year, search interest every month). Each value of B is paired with A's nearest
 * period within a tolerance, in years. Pure.
 *
 * Distance between two periods, in years:
 * - two years: the difference of the years (2020 and 2024 are 4 apart);
 * - two months: the difference in months over 12 (2020-03 and 2021-09 are 1.5 apart);
 * - a month and a year: the month is read as its year (2020-03 is 0 from 2020, 1 from 2021).
 * Among A's periods at the same distance, the one whose middle is nearest wins (for B = 2020
 * and monthly A, June and July before January), and then the EARLIER one: the figure already
 * published at B's time, as the map's time tolerance does.
 */
import type { Observation } from '../../data/observations';

export interface PeriodTime {
  grain: 'year' | 'month';
  year: number;
  /** 1..12, or null for a year. */
  month: number | null;
  /** The middle of the period, in fractional years (2020 → 2020.5; 2020-01 → 2020 + 0.5/12). */
  mid: number;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;

export function parsePeriod(period: string): PeriodTime | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { grain: 'year', year, month: null, mid: year + 0.5 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { grain: 'month', year, month, mid: year + (month - 0.5) / 12 };
}

/** Distance in years between two periods (see the module comment), or null for a period that is not one. */
export function periodDistance(a: string, b: string): number | null {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  if (!p || !q) return null;
  if (p.grain === 'month' && q.grain === 'month') {
    return Math.abs(p.year * 12 + (p.month as number) - (q.year * 12 + (q.month as number))) / 12;
  }
  return Math.abs(p.year - q.year);
}

/** Signed difference of two periods' middles, in years (to − from). */
export function periodSpan(from: string, to: string): number | null {
  const p = parsePeriod(from);
  const q = parsePeriod(to);
  return p && q ? q.mid - p.mid : null;
}

export interface PeriodMatch {
  period: string;
  /** Years between the target and the matched period (see periodDistance). */
  distance: number;
}

const EPSILON = 1e-9;

/**
 * A's period nearest to `target` among `candidates`, within `tolerance` years (inclusive), or
 * null. Ties: nearest middle, then the earlier period.
 */
export function nearestPeriod(target: string, candidates: Iterable<string>, tolerance: number): PeriodMatch | null {
  const t = parsePeriod(target);
  if (!t || !(tolerance >= 0)) return null;
  let best: { period: string; distance: number; midGap: number; mid: number } | null = null;
  for (const period of candidates) {
    const distance = periodDistance(target, period);
    const p = parsePeriod(period);
    if (distance === null || !p || distance > tolerance + EPSILON) continue;
    const midGap = Math.abs(p.mid - t.mid);
    const better =
      best === null ||
      distance < best.distance - EPSILON ||
      (Math.abs(distance - best.distance) <= EPSILON &&
        (midGap < best.midGap - EPSILON || (Math.abs(midGap - best.midGap) <= EPSILON && p.mid < best.mid)));
    if (better) best = { period, distance, midGap, mid: p.mid };
  }
  return best && { period: best.period, distance: best.distance };
}

/** A country's observations by period (the first row of a period wins, as elsewhere in the app). */
export type CountryObservations = Map<string, Observation>;

/** Observations grouped by country, then by period. */
export function byCountry(observations: Iterable<Observation>): Map<string, CountryObservations> {
  const out = new Map<string, CountryObservations>();
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
    const match = aPeriods ? nearestPeriod(period, aPeriods.keys(), tolerance) : null;
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
    if (nearestPeriod(period, periods.keys(), tolerance)) onlyA.push(geo);
  }
  return { pairs, shifted, unmatchedB, onlyA };
}

/** The distinct periods of grouped observations, oldest first. */
export function periodsIn(grouped: ReadonlyMap<string, CountryObservations>): string[] {
  const set = new Set<string>();
  for (const periods of grouped.values()) for (const period of periods.keys()) set.add(period);
  return [...set].sort();
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
  const periods = periodsIn(b);
  const aPeriods = periodsIn(a);
  for (const maxDistance of [0, tolerance]) {
    for (let i = periods.length - 1; i >= 0; i--) {
      const match = nearestPeriod(periods[i] as string, aPeriods, maxDistance);
      if (match) return periods[i] as string;
    }
  }
  return periods[periods.length - 1] ?? null;
}
