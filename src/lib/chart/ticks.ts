/**
 * Tick values of chart axes: a log axis, a time axis on UTC instants (the series chart), and a
 * year axis on fractional years (the comparison's country chart). Pure.
 */
import { periodString } from '../period';

/** What to try on a log axis, densest first, and when to give up for linear ticks. */
export interface LogTickOptions {
  /** The mantissa sets tried in turn (default: 1-2-5, then 1-3, then the powers of ten alone). */
  mantissas?: readonly (readonly number[])[];
  /** With fewer ticks than this, the linear ticks are used instead (default 3). */
  minTicks?: number;
}

const LOG_MANTISSAS = [[1, 2, 5], [1, 3], [1]] as const;

/**
 * Ticks of a log axis: the mantissas times the powers of ten within the domain, with the first
 * mantissa set that gives at most `maxTicks`; the powers thinned evenly when even they are too
 * many; and the linear ticks (positive ones) when the domain spans too little for `minTicks`.
 */
export function logTicks(
  domain: readonly [number, number],
  maxTicks: number,
  linear: (count: number) => number[],
  { mantissas = LOG_MANTISSAS, minTicks = 3 }: LogTickOptions = {},
): number[] {
  const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (!(lo > 0)) return linear(maxTicks);
  const inDomain = (set: readonly number[]) => {
    const out: number[] = [];
    for (let exponent = Math.floor(Math.log10(lo)); exponent <= Math.ceil(Math.log10(hi)); exponent++) {
      for (const m of set) {
        const v = Number((m * 10 ** exponent).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  for (const set of mantissas) {
    const ticks = inDomain(set);
    if (ticks.length <= maxTicks) return ticks.length >= minTicks ? ticks : linear(maxTicks).filter((v) => v > 0);
  }
  const powers = inDomain([1]);
  const step = Math.ceil(powers.length / Math.max(1, maxTicks));
  return powers.filter((_, i) => i % step === 0);
}

export interface TimeTick {
  t: number;
  /** The period the tick labels: "YYYY", or "YYYY-MM" for month ticks. */
  period: string;
}

const DAY = 86_400_000;
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50];
const MONTH_STEPS = [1, 2, 3, 6];

/**
 * Ticks of a time axis for a domain of UTC instants, at most `maxTicks`. A year tick stands for
 * the whole year: on a chart of yearly values it sits at mid-year, under the year's points; when
 * some line is monthly it sits on 1 January, where the year's months begin. Short monthly windows
 * (under about three years) get month ticks on the 1st.
 */
export function timeTicks(domain: readonly [number, number], maxTicks: number, monthly: boolean): TimeTick[] {
  const [t0, t1] = domain;
  const limit = Math.max(1, Math.floor(maxTicks));
  const first = new Date(t0).getUTCFullYear();
  const last = new Date(t1).getUTCFullYear();
  if (monthly && t1 - t0 < 3 * 366 * DAY) {
    const months: number[] = [];
    const start = new Date(t0);
    for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); d <= t1;) {
      if (d >= t0 - 16 * DAY) months.push(d);
      const date = new Date(d);
      d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    const step = MONTH_STEPS.find((s) => Math.ceil(months.length / s) <= limit);
    if (step !== undefined) {
      return months
        .filter((d) => new Date(d).getUTCMonth() % step === 0)
        .map((d) => {
          const date = new Date(d);
          return { t: d, period: periodString(date.getUTCFullYear(), date.getUTCMonth() + 1) };
        });
    }
  }
  const span = last - first + 1;
  const step = YEAR_STEPS.find((s) => Math.ceil(span / s) <= limit) ?? Math.ceil(span / limit);
  const ticks: TimeTick[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) {
    const t = monthly ? Date.UTC(year, 0, 1) : Date.UTC(year, 6, 1);
    if (t >= t0 - 183 * DAY && t <= t1 + 183 * DAY) ticks.push({ t, period: String(year) });
  }
  return ticks;
}

/** A year tick on an axis of fractional years: the year, and where its label sits (mid-year). */
export interface YearTick {
  year: number;
  at: number;
}

/**
 * Year ticks for an axis of fractional years (2020.5 = the middle of 2020): the whole years among
 * the scale's `count` nice ticks, each placed at its middle, kept when that lies within [from, to].
 */
export function yearTicks(
  scale: { ticks: (count: number) => number[]; (value: number): number },
  count: number,
  from = -Infinity,
  to = Infinity,
): YearTick[] {
  return scale
    .ticks(count)
    .filter((v) => Number.isInteger(v))
    .map((year) => ({ year, at: scale(year + 0.5) }))
    .filter((tick) => tick.at >= from && tick.at <= to);
}
