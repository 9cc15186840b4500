/**
 * The period of the contract: a year "YYYY" or a month "YYYY-MM" (01–12). Its one definition, for
 * the app and the pipeline: parse, format, distance, and the nearest period within a tolerance. Pure
 * (parsed periods are memoised).
 *
 * Order: as strings, periods of one grain sort in time order, and a year sorts just before its
 * months ("2020" < "2020-01" < "2020-12" < "2021").
 *
 * Distance between two periods, in years (periodDistance; the comparison's tolerance):
 * - two years: the difference of the years (2020 and 2024 are 4 apart);
 * - two months: the difference in months over 12 (2020-03 and 2021-09 are 1.5 apart);
 * - a month and a year: the month is read as its year (2020-03 is 0 from 2020, 1 from 2021).
 * Offset between two periods of one grain, in periods of that grain (periodOffset; the map's tolerance).
 */
import { lowerBound, nearestIndex } from './nearest';

/** A year or a month (the contract's Grain). */
export type PeriodGrain = 'year' | 'month';

export interface Period {
  readonly grain: PeriodGrain;
  readonly year: number;
  /** 1..12, or null for a year. */
  readonly month: number | null;
  /** The period on its grain's axis: the year for a year, months since year 0 for a month (year × 12 + month − 1). */
  readonly ordinal: number;
  /** The middle of the period, in fractional years (2020 → 2020.5; 2020-01 → 2020 + 0.5/12). */
  readonly mid: number;
}

const PERIOD = /^(\d{4})(?:-(\d{2}))?$/;
// Periods also come from uploaded files: the memo is cleared rather than left to grow.
const PARSED_MAX = 10_000;
const parsed = new Map<string, Period | null>();

function parseUncached(text: string): Period | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { grain: 'year', year, month: null, ordinal: year, mid: year + 0.5 };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { grain: 'month', year, month, ordinal: year * 12 + (month - 1), mid: year + (month - 0.5) / 12 };
}

/** The period a string names (a shared, frozen object), or null for a string that is not a period. */
export function parsePeriod(text: string): Period | null {
  let period = parsed.get(text);
  if (period === undefined) {
    const fresh = parseUncached(text);
    period = fresh && Object.freeze(fresh);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(text, period);
  }
  return period;
}

/** Whether the string is a period (of the grain, when one is given). */
export function isPeriod(text: string, grain?: PeriodGrain): boolean {
  const period = parsePeriod(text);
  return period !== null && (grain === undefined || period.grain === grain);
}

/** The period's string: "YYYY" for a year (month null), "YYYY-MM" for a month (1..12). */
export function periodString(year: number, month: number | null = null): string {
  const y = String(year).padStart(4, '0');
  return month === null ? y : `${y}-${String(month).padStart(2, '0')}`;
}

/** Signed distance from `from` to `to` in periods of their grain (to − from), or null if the grains differ. */
export function periodOffset(from: string, to: string): number | null {
  const a = parsePeriod(from);
  const b = parsePeriod(to);
  if (!a || !b || a.grain !== b.grain) return null;
  return b.ordinal - a.ordinal;
}

function distanceOf(p: Period, q: Period): number {
  if (p.month !== null && q.month !== null) return Math.abs(p.ordinal - q.ordinal) / 12;
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

/**
 * The position in `ordinals` (ascending ordinals of one grain) of the one nearest to `target`
 * within ±tolerance periods (whole periods; ties: the EARLIER, the figure already known at the
 * target's time, as when carrying the last observation forward), or -1.
 */
export function nearestOrdinal(ordinals: ArrayLike<number>, target: number, tolerance: number): number {
  return nearestIndex(ordinals.length, (i) => ordinals[i] as number, target, Math.max(0, Math.floor(tolerance)));
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
    private readonly t: Period,
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
 * The period nearest to `target` among `candidates` (of either grain), within `tolerance` years
 * (inclusive), or null. Among periods at the same distance, the one whose middle is nearest wins
 * (for a target 2020 and monthly candidates, June and July before January), and then the EARLIER one.
 */
export function nearestPeriod(target: string, candidates: Iterable<string>, tolerance: number): PeriodMatch | null {
  const t = parsePeriod(target);
  if (!t || !(tolerance >= 0)) return null;
  const nearest = new Nearest(t, tolerance);
  for (const period of candidates) nearest.offer(period);
  return nearest.result();
}

/** The index in `sorted` of the first period of `year` or later. */
function yearIndex(sorted: readonly string[], year: number): number {
  if (year <= 0) return 0;
  if (year > 9999) return sorted.length;
  return lowerBound(sorted, periodString(year));
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
