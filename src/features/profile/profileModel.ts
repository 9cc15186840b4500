/**
 * The country profile card's figures: a country's history in one series, its figure at the view's
 * period, its rank among the peopled countries, its changes since the earliest and the previous
 * period, and how a digital trace agrees with the official figure there (the ratio B / A, and
 * where it sits among every country's). Pure: no React, no DOM.
 */
import type { Series } from '../../contract/schema';
import { nearestPeriodSorted } from '../../lib/period';

/** One value of a country at a period. */
export interface Point {
  period: string;
  value: number;
}

/**
 * Every country's points in a series, oldest period first (the first row of a period wins, as
 * elsewhere in the app).
 */
export function historiesOf(series: Series): Map<string, Point[]> {
  const out = new Map<string, Map<string, number>>();
  const { geo, period, value } = series.columns;
  geo.forEach((code, row) => {
    let byPeriod = out.get(code);
    if (!byPeriod) out.set(code, (byPeriod = new Map()));
    const p = period[row] as string;
    if (!byPeriod.has(p)) byPeriod.set(p, value[row] as number);
  });
  const histories = new Map<string, Point[]>();
  for (const [code, byPeriod] of out) {
    histories.set(
      code,
      [...byPeriod].map(([p, v]) => ({ period: p, value: v })).sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)),
    );
  }
  return histories;
}

/** One country's points in a series, oldest first. */
export function historyOf(series: Series, geo: string): Point[] {
  return historiesOf(series).get(geo) ?? [];
}

/**
 * The figure the card leads with: the country's value at `period`, else its latest before it
 * (null period: its latest); null when it has none up to then.
 */
export function figureAt(history: readonly Point[], period: string | null): Point | null {
  let found: Point | null = null;
  for (const point of history) {
    if (period !== null && point.period > period) break;
    found = point;
  }
  return found;
}

export interface Change {
  /** The period the change is counted from. */
  from: string;
  absolute: number;
  /** The change as a fraction of the earlier value (0.25 = +25%); null when that value is 0. */
  relative: number | null;
}

export function changeBetween(base: Point, current: Point): Change {
  const absolute = current.value - base.value;
  return { from: base.period, absolute, relative: base.value === 0 ? null : absolute / Math.abs(base.value) };
}

export interface Changes {
  /** Since the country's earliest period; null when the figure is that period. */
  sinceFirst: Change | null;
  /** Since the period before the figure's; null when there is none. */
  sincePrevious: Change | null;
}

export function changesOf(history: readonly Point[], current: Point): Changes {
  const at = history.findIndex((p) => p.period === current.period);
  const first = history[0];
  const previous = at > 0 ? history[at - 1] : undefined;
  return {
    sinceFirst: first && at > 0 ? changeBetween(first, current) : null,
    sincePrevious: previous ? changeBetween(previous, current) : null,
  };
}

export interface Rank {
  /** 1 for the largest value; countries with the same value share a rank. */
  rank: number;
  /** How many countries have a value at the period. */
  of: number;
}

/**
 * The country's rank by value (largest first) among the countries of `peopled` that have a value
 * at `period`. Codes outside `peopled` (uninhabited territories, aggregates) are never counted.
 */
export function rankAt(series: Series, period: string, geo: string, peopled: ReadonlySet<string>): Rank | null {
  const values = new Map<string, number>();
  const c = series.columns;
  c.geo.forEach((code, row) => {
    if (c.period[row] === period && peopled.has(code) && !values.has(code)) values.set(code, c.value[row] as number);
  });
  const own = values.get(geo);
  if (own === undefined) return null;
  let above = 0;
  for (const value of values.values()) if (value > own) above += 1;
  return { rank: above + 1, of: values.size };
}

export interface Agreement {
  /** B's period, the country's latest with an A value within the tolerance. */
  period: string;
  /** A's period matched with it (nearest, as the comparison pairs them). */
  aPeriod: string;
  a: number;
  b: number;
  /** B / A. */
  ratio: number;
  /** The share of the other countries paired at that period whose ratio is lower (0..1); null when there are none. */
  higherThan: number | null;
  /** How many countries (this one included) have a ratio at that period. */
  countries: number;
}

function ratioAt(aHistory: readonly Point[] | undefined, bPoint: Point, tolerance: number): { a: Point; ratio: number } | null {
  if (!aHistory || aHistory.length === 0) return null;
  const match = nearestPeriodSorted(
    bPoint.period,
    aHistory.map((p) => p.period),
    tolerance,
  );
  const a = match && aHistory.find((p) => p.period === match.period);
  if (!a || !(a.value > 0)) return null;
  return { a, ratio: bPoint.value / a.value };
}

/**
 * How B (a digital trace) agrees with A (the official source) for one country: at B's latest
 * period where A has a value within `tolerance` years (A's nearest period, as Compare pairs them),
 * the ratio B / A, and the share of the other peopled countries whose ratio at that period is lower.
 * Null when the country has no such pair (or A is 0 there).
 */
export function agreementOf(a: Series, b: Series, geo: string, peopled: ReadonlySet<string>, tolerance: number): Agreement | null {
  const aHistories = historiesOf(a);
  const bHistories = historiesOf(b);
  const own = bHistories.get(geo) ?? [];
  for (let i = own.length - 1; i >= 0; i--) {
    const bPoint = own[i] as Point;
    const mine = ratioAt(aHistories.get(geo), bPoint, tolerance);
    if (!mine) continue;
    let lower = 0;
    let others = 0;
    for (const [code, history] of bHistories) {
      if (code === geo || !peopled.has(code)) continue;
      const point = history.find((p) => p.period === bPoint.period);
      const theirs = point && ratioAt(aHistories.get(code), point, tolerance);
      if (!theirs) continue;
      others += 1;
      if (theirs.ratio < mine.ratio) lower += 1;
    }
    return {
      period: bPoint.period,
      aPeriod: mine.a.period,
      a: mine.a.value,
      b: bPoint.value,
      ratio: mine.ratio,
      higherThan: others === 0 ? null : lower / others,
      countries: others + 1,
    };
  }
  return null;
}

/** The ordinal category of a rank in a language ("one" → 1st, "two" → 2nd, "few" → 3rd, else "other"). */
export type OrdinalCategory = 'one' | 'two' | 'few' | 'other';

export function ordinalCategory(n: number, lang: string): OrdinalCategory {
  const category = new Intl.PluralRules(lang, { type: 'ordinal' }).select(n);
  return category === 'one' || category === 'two' || category === 'few' ? category : 'other';
}
