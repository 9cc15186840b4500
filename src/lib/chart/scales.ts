/**
 * Position scales of the charts: linear or log, over the data's extent with room around it. Pure
 * (d3-scale objects, no DOM).
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';

export type ScaleKind = 'linear' | 'log';

/** [lo − pad, hi + pad]; a single value (lo = hi) gets ± `single` instead, a domain needing some width. */
export function padLinear([lo, hi]: readonly [number, number], pad: number, single: number): [number, number] {
  return lo === hi ? [lo - single, hi + single] : [lo - pad, hi + pad];
}

/** [lo / factor, hi × factor], the room of a log scale being a factor; a single value gets ÷2 and ×2. */
export function padLog([lo, hi]: readonly [number, number], factor: number): [number, number] {
  return lo === hi ? [lo / 2, hi * 2] : [lo / factor, hi * factor];
}

export interface ValueScaleOptions {
  /** The room of a log scale, as a factor (see padLog; default 1, none). */
  logFactor?: number;
  /** The tick count a linear scale's domain is made nice for (d3's default, 10, when absent). */
  niceCount?: number;
}

/**
 * The value scale of a chart over the data's extent, onto `range`: a log scale with its room (see
 * padLog); a linear one over the extent (± 1 for a single value), extended to nice round ends.
 */
export function valueScale(
  kind: ScaleKind,
  extent: readonly [number, number],
  range: readonly [number, number],
  { logFactor = 1, niceCount }: ValueScaleOptions = {},
): ScaleContinuousNumeric<number, number> {
  if (kind === 'log') return scaleLog().domain(padLog(extent, logFactor)).range(range);
  return scaleLinear()
    .domain(padLinear(extent, 0, 1))
    .range(range)
    .nice(niceCount);
}
