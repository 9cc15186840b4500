/**
 * Periods on one time axis. Pure.
 *
 * Decision (mixed cadences): every period is drawn at the MIDDLE of the time it covers, as a UTC
 * instant:
 *   - a year "YYYY" at 1 July of that year (mid-year: the usual reference date of a yearly stock,
 *     and the centre of a yearly total), so a census round and a yearly source of the same year
 *     share one x position;
 *   - a month "YYYY-MM" at the 15th of that month, so the twelve months of a year sit around
 *     their year's point (Jan 15 … Dec 15 around Jul 1).
 * Five-yearly official figures are years like any other: they are just further apart.
 * Time-window ends (from/to) cover whole periods: from=2000 starts on 1 Jan 2000, to=2024 ends on
 * 31 Dec 2024, and to=2024-03 ends on 31 Mar 2024.
 */
import { padLinear } from '../../lib/chart/scales';
import { parsePeriod, periodString, type Period } from '../../lib/period';

function parts(period: string): Period {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`not a period: ${period}`);
  return parsed;
}

const utc = (year: number, monthIndex: number, day: number) => {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
};

/** Periods are few (at most 13 a year), so their instants are computed once. */
function cached(compute: (period: string) => number): (period: string) => number {
  const cache = new Map<string, number>();
  return (period) => {
    let t = cache.get(period);
    if (t === undefined) {
      t = compute(period);
      if (cache.size < 10_000) cache.set(period, t);
    }
    return t;
  };
}

/** Where the period is drawn: mid-year (1 July) for a year, the 15th for a month. */
export const periodTime = cached((period) => {
  const { year, month } = parts(period);
  return month === null ? utc(year, 6, 1) : utc(year, month - 1, 15);
});

/** The first instant of the period. */
export const periodStart = cached((period) => {
  const { year, month } = parts(period);
  return month === null ? utc(year, 0, 1) : utc(year, month - 1, 1);
});

/** The first instant after the period. */
export const periodEnd = cached((period) => {
  const { year, month } = parts(period);
  return month === null ? utc(year + 1, 0, 1) : utc(year, month, 1);
});

export const isMonth = (period: string): boolean => period.length === 7;

/** "2020-03" → "2020"; "2020" → "2020". */
export const yearOf = (period: string): string => period.slice(0, 4);

/** Whether the period lies in the window [from, to] (ends included, null = open). */
export function inWindow(period: string, from: string | null, to: string | null): boolean {
  const t = periodTime(period);
  return (from === null || t >= periodStart(from)) && (to === null || t < periodEnd(to));
}

/** The period (at the cadence asked) an instant falls in. */
export function periodAt(time: number, monthly: boolean): string {
  const date = new Date(time);
  return periodString(date.getUTCFullYear(), monthly ? date.getUTCMonth() + 1 : null);
}

const DAY = 86_400_000;

/**
 * The time domain of the chart and its overview (which align): the data's instants with room on
 * each side, 2% of the span but at least 100 days; a year each side around a single instant.
 */
export function timeDomain(extent: readonly [number, number] | null): [number, number] {
  const [t0, t1] = extent ?? [0, 1];
  return padLinear([t0, t1], Math.max(100 * DAY, (t1 - t0) * 0.02), 365 * DAY);
}
