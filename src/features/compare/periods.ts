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
  readonly grain: 'year' | 'month';
  readonly year: number;
  /** 1..12, or null for a year. */
  readonly month: number | null;
  /** The middle of the period, in fractional years (2020 → 2020.5; 2020-01 → 2020 + 0.5/12). */
  readonly mid: number;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;
// Periods also come from uploaded files: the memo is cleared rather than left to grow.
const PARSED_MAX = 10_000;
const parsed = new Map<string, PeriodTime | null>();

function parseUncached(period: string): PeriodTime | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { grain: 'year', year, month: null, mid: year + 0.5 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { grain: 'month', year, month, mid: year + (month - 0.5) / 12 };
}

/** The period's time (a shared, frozen object), or null for a string that is not a period. */
export function parsePeriod(period: string): PeriodTime | null {
  let time = parsed.get(period);
  if (time === undefined) {
    const fresh = parseUncached(period);
    time = fresh && Object.freeze(fresh);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(period, time);
  }
  return time;
}

function distanceOf(p: PeriodTime, q: PeriodTime): number {
  if (p.month !== null && q.month !== null) return Math.abs(p.year * 12 + p.month - (q.year * 12 + q.month)) / 12;
  return Math.abs(p.year - q.year);
}

/** Distance in years between two periods (see the module comment), or null for a period that is not one. */
export function periodDistance(a: string, b: string): number | null {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  return p && q ? distanceOf(p, q) : null;
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

/** The best candidate offered so far for the target (see nearestPeriod for the order). */
class Nearest {
  private period: string | null = null;
  private distance = 0;
  private midGap = 0;
  private mid = 0;

  constructor(
    private readonly t: PeriodTime,
    private readonly tolerance: number,
  ) {}

  offer(period: string): void {
    const p = parsePeriod(period);
    if (!p) return;
    const distance = distanceOf(this.t, p);
    if (distance > this.tolerance + EPSILON) return;
    const midGap = Math.abs(p.mid - this.t.mid);
    const better =
      this.period === null ||
      distance < this.distance - EPSILON ||
      (Math.abs(distance - this.distance) <= EPSILON &&
        (midGap < this.midGap - EPSILON || (Math.abs(midGap - this.midGap) <= EPSILON && p.mid < this.mid)));
    if (!better) return;
    this.period = period;
    this.distance = distance;
    this.midGap = midGap;
    this.mid = p.mid;
  }

  result(): PeriodMatch | null {
    return this.period === null ? null : { period: this.period, distance: this.distance };
  }
}

/**
 * A's period nearest to `target` among `candidates`, within `tolerance` years (inclusive), or
 * null. Ties: nearest middle, then the earlier period.
 */
export function nearestPeriod(target: string, candidates: Iterable<string>, tolerance: number): PeriodMatch | null {
  const t = parsePeriod(target);
  if (!t || !(tolerance >= 0)) return null;
  const nearest = new Nearest(t, tolerance);
  for (const period of candidates) nearest.offer(period);
  return nearest.result();
}

/** The first index of `sorted` (strings in `.sort()` order) whose string is not below `key`. */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index in `sorted` of the first period of `year` or later. */
function yearIndex(sorted: readonly string[], year: number): number {
  if (year <= 0) return 0;
  if (year > 9999) return sorted.length;
  return lowerBound(sorted, String(year).padStart(4, '0'));
}

/**
 * nearestPeriod over candidates sorted as strings (`.sort()`), with the same result, looking only
 * at the years that can be within the tolerance.
 *
 * Why those years are enough: a year against a year or a month is |Δyear| away, a month against a
 * month at least |Δyear| − 11/12. So with |Δyear| ≥ ceil(tolerance) + 1 the distance is at least
 * ceil(tolerance) + 1/12 > tolerance + EPSILON. And a string sort puts every period of year y
 * ("y", "y-01" … "y-12") at or after "y" and before "y+1" (years are 4 digits).
 * The target's own year is looked at first: a match at distance 0 can only be there, and then the
 * other years cannot beat it. (The order of the candidates does not change the result: distances,
 * middles and their gaps are multiples of 1/24, so the comparisons are exact and the best is unique.)
 */
export function nearestPeriodSorted(target: string, sorted: readonly string[], tolerance: number): PeriodMatch | null {
  const t = parsePeriod(target);
  if (!t || !(tolerance >= 0)) return null;
  const nearest = new Nearest(t, tolerance);
  const offer = (from: number, to: number) => {
    for (let i = from; i < to; i++) nearest.offer(sorted[i] as string);
  };
  const yearStart = yearIndex(sorted, t.year);
  const yearEnd = yearIndex(sorted, t.year + 1);
  offer(yearStart, yearEnd);
  if (nearest.result()?.distance === 0) return nearest.result();
  const reach = Math.ceil(tolerance);
  offer(yearIndex(sorted, t.year - reach), yearStart);
  offer(yearEnd, yearIndex(sorted, t.year + reach + 1));
  return nearest.result();
}

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
