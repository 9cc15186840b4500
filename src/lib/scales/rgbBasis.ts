/**
 * A uniform B-spline through colours in RGB, as d3's interpolateRgbBasis draws it (and
 * d3-scale-chromatic's interpolateYlGnBu and interpolateRdBu), answering #rrggbb. Written out here
 * so that the first load does not carry d3-color and d3-interpolate for one ramp (issue #20).
 */
function basis(t1: number, v0: number, v1: number, v2: number, v3: number): number {
  const t2 = t1 * t1;
  const t3 = t2 * t1;
  return ((1 - 3 * t1 + 3 * t2 - t3) * v0 + (4 - 6 * t2 + 3 * t3) * v1 + (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 + t3 * v3) / 6;
}

function spline(values: readonly number[]): (t: number) => number {
  const n = values.length - 1;
  return (t) => {
    const i = t <= 0 ? ((t = 0), 0) : t >= 1 ? ((t = 1), n - 1) : Math.floor(t * n);
    const v1 = values[i] as number;
    const v2 = values[i + 1] as number;
    const v0 = i > 0 ? (values[i - 1] as number) : 2 * v1 - v2;
    const v3 = i < n - 1 ? (values[i + 2] as number) : 2 * v2 - v1;
    return basis((t - i / n) * n, v0, v1, v2, v3);
  };
}

const channel = (value: number) =>
  Math.max(0, Math.min(255, Math.round(value) || 0))
    .toString(16)
    .padStart(2, '0');

/** The ramp through `colors` (#rrggbb), t in 0..1. */
export function rgbBasis(colors: readonly string[]): (t: number) => string {
  const rgb = colors.map((c) => [1, 3, 5].map((at) => parseInt(c.slice(at, at + 2), 16)));
  const [r, g, b] = [0, 1, 2].map((k) => spline(rgb.map((c) => c[k] as number)));
  return (t) => `#${channel(r!(t))}${channel(g!(t))}${channel(b!(t))}`;
}
