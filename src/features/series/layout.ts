/**
 * Chart layout helpers: direct-label placement and time-axis ticks. Pure.
 */
import { periodAt } from './time';

export interface LabelItem {
  key: string;
  /** Where the label would like to sit (the y of its line's last point). */
  y: number;
}

/**
 * Vertical positions for labels at line ends, at least `gap` apart, within [top, bottom], each
 * as close to its wanted y as the others allow, keeping their order. Labels that cannot all fit
 * are squeezed evenly over the range.
 */
export function placeLabels(items: readonly LabelItem[], gap: number, top: number, bottom: number): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.y - b.y || (a.key < b.key ? -1 : 1));
  const out = new Map<string, number>();
  const n = sorted.length;
  if (n === 0) return out;
  if ((n - 1) * gap > bottom - top) {
    const step = n === 1 ? 0 : (bottom - top) / (n - 1);
    sorted.forEach((item, i) => out.set(item.key, top + i * step));
    return out;
  }
  const ys = sorted.map((item) => Math.min(bottom, Math.max(top, item.y)));
  // Push down from the top, then up from the bottom: each pass keeps the gap and the order.
  for (let i = 1; i < n; i++) ys[i] = Math.max(ys[i] as number, (ys[i - 1] as number) + gap);
  ys[n - 1] = Math.min(ys[n - 1] as number, bottom);
  for (let i = n - 2; i >= 0; i--) ys[i] = Math.min(ys[i] as number, (ys[i + 1] as number) - gap);
  // Then relax towards the wanted positions where a label has room (one pass each way).
  for (let i = 0; i < n; i++) {
    const want = Math.min(bottom, Math.max(top, (sorted[i] as LabelItem).y));
    const lo = i === 0 ? top : (ys[i - 1] as number) + gap;
    const hi = i === n - 1 ? bottom : (ys[i + 1] as number) - gap;
    ys[i] = Math.min(hi, Math.max(lo, want));
  }
  sorted.forEach((item, i) => out.set(item.key, ys[i] as number));
  return out;
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
 * Ticks of the time axis for a domain, at most `maxTicks`. A year tick stands for the whole year:
 * on a chart of yearly values it sits at mid-year, under the year's points (time.ts); when some
 * line is monthly it sits on 1 January, where the year's months begin. Short monthly windows
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
    for (let d = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1); d <= t1; ) {
      if (d >= t0 - 16 * DAY) months.push(d);
      const date = new Date(d);
      d = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    }
    const step = MONTH_STEPS.find((s) => Math.ceil(months.length / s) <= limit);
    if (step !== undefined) {
      return months
        .filter((d) => new Date(d).getUTCMonth() % step === 0)
        .map((d) => ({ t: d, period: periodAt(d, true) }));
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

/**
 * Ticks of a log axis: 1, 2 and 5 times the powers of ten within the domain; only 1 and 3 (then
 * only the powers) when that is more than `maxTicks`; and plain linear ticks when the domain
 * spans too little for three of them.
 */
export function logTicks(domain: readonly [number, number], maxTicks: number, linear: (count: number) => number[]): number[] {
  const [lo, hi] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  if (!(lo > 0)) return linear(maxTicks);
  const inDomain = (mantissas: readonly number[]) => {
    const out: number[] = [];
    for (let exponent = Math.floor(Math.log10(lo)); exponent <= Math.ceil(Math.log10(hi)); exponent++) {
      for (const m of mantissas) {
        const v = Number((m * 10 ** exponent).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  for (const mantissas of [[1, 2, 5], [1, 3], [1]]) {
    const ticks = inDomain(mantissas);
    if (ticks.length <= maxTicks) return ticks.length >= 3 ? ticks : linear(maxTicks).filter((v) => v > 0);
  }
  const powers = inDomain([1]);
  const step = Math.ceil(powers.length / Math.max(1, maxTicks));
  return powers.filter((_, i) => i % step === 0);
}
