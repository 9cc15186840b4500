/**
 * Colour scales for choropleth maps, built once for every map of the app:
 *
 * - sequential, for counts and shares (YlGnBu, colour-blind safe, its palest end left out so
 *   that the lowest class does not read as "no data" or background);
 * - diverging around a centre, for signed values such as net migration (RdBu, colour-blind safe
 *   and about as dark at both ends: below the centre red, above it blue);
 * - ratio, for source-to-source ratios such as B/A: diverging around 1 on a log scale, so that ½
 *   and 2 are equally far from the centre (used by the Compare panel).
 *
 * Each scale classifies (quantile, equal intervals, ckmeans) or is continuous, optionally on a log
 * scale, and reports its classes with the count of values in each, for the legend.
 */
import { rgbBasis } from './rgbBasis';
import { classBreaks, classIndex, linearTransform, logTransform, symlogTransform, type ClassMethod, type ValueTransform } from './classify';

export type ScaleMode =
  | { kind: 'sequential' }
  /** Signed values around a centre (0 for net migration). */
  | { kind: 'diverging'; centre: number }
  /** Ratios around 1, log-symmetric; values <= 0 have no colour. */
  | { kind: 'ratio' };

export interface ScaleOptions {
  mode: ScaleMode;
  method: ClassMethod;
  /** Log spacing (symlog: defined at 0 and for negative values). Ratios are always on a log scale. */
  log: boolean;
  /** How many classes to aim for (default 5); diverging scales may get one more, split at the centre. */
  classes?: number;
}

export interface ScaleClass {
  index: number;
  /** Inclusive lower bound, in the values' units. */
  lower: number;
  /** Exclusive upper bound (inclusive for the last class). */
  upper: number;
  color: string;
  /** How many of the values given to the scale fall in this class. */
  count: number;
}

export interface GradientStop {
  /** 0..1 along the legend bar. */
  offset: number;
  color: string;
}

export interface ColorScale {
  mode: ScaleMode;
  method: ClassMethod;
  transform: ValueTransform['id'];
  /** Smallest and largest value, or null when no value can be coloured. */
  domain: [number, number] | null;
  thresholds: number[];
  /** The classes (empty for a continuous scale or without values). */
  classes: ScaleClass[];
  /** How many values were coloured. */
  count: number;
  /** Whether the scale can colour this value (finite; for ratios, positive). */
  accepts: (value: number) => boolean;
  /** The colour of a value (#rrggbb), or null when the scale cannot colour it. */
  colorOf: (value: number) => string | null;
  /** The class of a value, or -1 (continuous scale, or a value it cannot colour). */
  classOf: (value: number) => number;
  /** The colour ramp of a continuous legend, and where values sit along it. */
  gradient: GradientStop[];
  /** Where a value sits along the continuous legend bar (0..1). */
  offsetOf: (value: number) => number;
}

export const DEFAULT_CLASSES = 5;

/**
 * The ColorBrewer schemes (Cynthia Brewer, Penn State; as in d3-scale-chromatic, whose
 * interpolateYlGnBu and interpolateRdBu are these same B-spline ramps). Written out here so the
 * bundle does not carry every d3 colour scheme.
 */
const YL_GN_BU = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'];
const RD_BU = ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'];
const interpolateYlGnBu = rgbBasis(YL_GN_BU);
const interpolateRdBu = rgbBasis(RD_BU);

/** Sequential ramp, t in 0..1 (pale to dark). */
export function sequentialColor(t: number): string {
  return interpolateYlGnBu(0.12 + 0.88 * clamp01(t));
}

/** Diverging ramp, t in 0..1 with the centre at 0.5 (red below, blue above). */
export function divergingColor(t: number): string {
  return interpolateRdBu(clamp01(t));
}

function clamp01(t: number): number {
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
}

function transformFor(options: ScaleOptions): ValueTransform {
  if (options.mode.kind === 'ratio') return logTransform;
  return options.log ? symlogTransform : linearTransform;
}

/** A colour scale for these values (values it cannot colour are left out of classes and counts). */
export function buildColorScale(values: readonly number[], options: ScaleOptions): ColorScale {
  const { mode, method } = options;
  const transform = transformFor(options);
  const accepted = values.filter((v) => transform.accepts(v));
  const count = accepted.length;
  let min = Infinity;
  let max = -Infinity;
  for (const v of accepted) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const domain: [number, number] | null = count > 0 ? [min, max] : null;
  const centre = mode.kind === 'diverging' ? mode.centre : mode.kind === 'ratio' ? 1 : null;
  const tMin = count > 0 ? transform.forward(min) : 0;
  const tMax = count > 0 ? transform.forward(max) : 0;
  const tCentre = centre === null ? null : transform.forward(centre);
  // Diverging: distances from the centre are scaled by the larger side, so colours are symmetric.
  const spread = tCentre === null ? 0 : Math.max(Math.abs(tMin - tCentre), Math.abs(tMax - tCentre));

  /** Continuous colour of a transformed value. */
  const continuous = (tv: number): string => {
    if (tCentre === null) return sequentialColor(tMax === tMin ? 0.5 : (tv - tMin) / (tMax - tMin));
    return divergingColor(spread === 0 ? 0.5 : 0.5 + (0.5 * (tv - tCentre)) / spread);
  };
  const offsetOf = (value: number): number => {
    if (!transform.accepts(value) || count === 0 || tMax === tMin) return 0.5;
    return clamp01((transform.forward(value) - tMin) / (tMax - tMin));
  };
  const gradient: GradientStop[] = [];
  if (count > 0) {
    for (let i = 0; i <= 10; i++) gradient.push({ offset: i / 10, color: continuous(tMin + ((tMax - tMin) * i) / 10) });
  }

  if (method === 'continuous' || count === 0) {
    return {
      mode,
      method,
      transform: transform.id,
      domain,
      thresholds: [],
      classes: [],
      count,
      accepts: transform.accepts,
      colorOf: (v) => (transform.accepts(v) && count > 0 ? continuous(transform.forward(v)) : null),
      classOf: () => -1,
      gradient,
      offsetOf,
    };
  }

  let thresholds = classBreaks(accepted, method, options.classes ?? DEFAULT_CLASSES, transform);
  // A diverging scale never lets a class straddle its centre.
  if (centre !== null && min < centre && centre <= max && !thresholds.includes(centre)) {
    thresholds = [...thresholds, centre].sort((a, b) => a - b);
  }
  const classCount = thresholds.length + 1;
  const counts = new Array<number>(classCount).fill(0);
  for (const v of accepted) {
    const i = classIndex(v, thresholds);
    counts[i] = (counts[i] as number) + 1;
  }

  const bounds = Array.from({ length: classCount }, (_, i) => ({
    lower: i === 0 ? min : (thresholds[i - 1] as number),
    upper: i === classCount - 1 ? max : (thresholds[i] as number),
  }));

  let colors: string[];
  if (centre === null) {
    colors = bounds.map((_, i) => sequentialColor(classCount === 1 ? 0.5 : i / (classCount - 1)));
  } else {
    // Steps away from the centre: the j-th class on either side gets the same intensity, the
    // outermost class of the longer side the darkest colour.
    const below = bounds.filter((b) => b.upper <= centre && b.lower < centre).length;
    const above = classCount - below;
    const steps = Math.max(below, above);
    colors = bounds.map((_, i) => {
      const away = i < below ? below - i : i - below + 1;
      const intensity = 0.2 + (0.8 * away) / steps;
      return divergingColor(i < below ? 0.5 - 0.5 * intensity : 0.5 + 0.5 * intensity);
    });
  }
  const classes: ScaleClass[] = bounds.map((b, i) => ({ index: i, ...b, color: colors[i] as string, count: counts[i] as number }));

  return {
    mode,
    method,
    transform: transform.id,
    domain,
    thresholds,
    classes,
    count,
    accepts: transform.accepts,
    colorOf: (v) => (transform.accepts(v) ? (colors[classIndex(v, thresholds)] as string) : null),
    classOf: (v) => (transform.accepts(v) ? classIndex(v, thresholds) : -1),
    gradient,
    offsetOf,
  };
}
