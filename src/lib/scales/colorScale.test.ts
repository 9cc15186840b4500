import { color as d3color, hcl, interpolateRdBu, interpolateYlGnBu } from 'd3';
import { describe, expect, it } from 'vitest';
import { buildColorScale, divergingColor, sequentialColor } from './colorScale';

const lightness = (c: string | null) => hcl(d3color(c as string) as never).l;
/** Side of an RdBu colour: red below the centre, blue above. */
const side = (c: string | null) => {
  const rgb = d3color(c as string)!.rgb();
  return rgb.r > rgb.b ? 'red' : 'blue';
};

describe('ramps', () => {
  it('are the ColorBrewer ramps of d3-scale-chromatic (YlGnBu, RdBu)', () => {
    for (const t of [0, 0.2, 0.5, 0.77, 1]) {
      expect(sequentialColor(t)).toBe(d3color(interpolateYlGnBu(0.12 + 0.88 * t))!.formatHex());
      expect(divergingColor(t)).toBe(d3color(interpolateRdBu(t))!.formatHex());
    }
  });
});

describe('sequential scale', () => {
  const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

  it('colours larger values darker, class by class, with counts per class', () => {
    const scale = buildColorScale(values, { mode: { kind: 'sequential' }, method: 'quantile', log: false });
    expect(scale.classes).toHaveLength(5);
    expect(scale.classes.map((c) => c.count)).toEqual([2, 2, 2, 2, 2]);
    expect(scale.classes[0]).toMatchObject({ lower: 10, upper: 30 });
    expect(scale.classes[4]).toMatchObject({ lower: 90, upper: 100 });
    const l = scale.classes.map((c) => lightness(c.color));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]!);
    expect(scale.colorOf(15)).toBe(scale.classes[0]!.color);
    expect(scale.colorOf(100)).toBe(scale.classes[4]!.color);
    expect(scale.classOf(50)).toBe(2);
    expect(scale.count).toBe(10);
    expect(scale.domain).toEqual([10, 100]);
  });

  it('uses #rrggbb colours and never the palest end of the ramp', () => {
    expect(sequentialColor(0)).toMatch(/^#[0-9a-f]{6}$/);
    expect(lightness(sequentialColor(0))).toBeLessThan(97);
  });

  it('continuous: colours interpolate between the ends; no classes', () => {
    const scale = buildColorScale(values, { mode: { kind: 'sequential' }, method: 'continuous', log: false });
    expect(scale.classes).toEqual([]);
    expect(scale.classOf(50)).toBe(-1);
    expect(scale.colorOf(10)).toBe(sequentialColor(0));
    expect(scale.colorOf(100)).toBe(sequentialColor(1));
    expect(scale.colorOf(55)).toBe(sequentialColor(0.5));
    expect(scale.gradient[0]).toEqual({ offset: 0, color: sequentialColor(0) });
    expect(scale.gradient.at(-1)).toEqual({ offset: 1, color: sequentialColor(1) });
    expect(scale.offsetOf(55)).toBeCloseTo(0.5);
  });

  it('continuous on a log scale: each order of magnitude gets the same share of the ramp', () => {
    const scale = buildColorScale([0, 9, 99, 999, 9999], { mode: { kind: 'sequential' }, method: 'continuous', log: true });
    expect(scale.transform).toBe('symlog');
    expect(scale.colorOf(99)).toBe(sequentialColor(0.5));
    expect(scale.colorOf(0)).toBe(sequentialColor(0));
    expect(scale.offsetOf(999)).toBeCloseTo(0.75);
  });

  it('all-equal values: one class holding them all, a mid colour', () => {
    const scale = buildColorScale([7, 7, 7], { mode: { kind: 'sequential' }, method: 'equal', log: false });
    expect(scale.classes).toEqual([{ index: 0, lower: 7, upper: 7, color: sequentialColor(0.5), count: 3 }]);
    const continuous = buildColorScale([7, 7, 7], { mode: { kind: 'sequential' }, method: 'continuous', log: false });
    expect(continuous.colorOf(7)).toBe(sequentialColor(0.5));
  });

  it('no values: no classes, no domain, nothing coloured', () => {
    const scale = buildColorScale([], { mode: { kind: 'sequential' }, method: 'quantile', log: false });
    expect(scale.classes).toEqual([]);
    expect(scale.domain).toBeNull();
    expect(scale.colorOf(3)).toBeNull();
  });

  it('ignores values it cannot colour (NaN, Infinity)', () => {
    const scale = buildColorScale([1, 2, Number.NaN, Infinity, 3], { mode: { kind: 'sequential' }, method: 'equal', log: false, classes: 2 });
    expect(scale.count).toBe(3);
    expect(scale.colorOf(Number.NaN)).toBeNull();
  });
});

describe('diverging scale centred on 0 (net migration)', () => {
  const net = [-900, -400, -120, -30, -5, 8, 40, 150, 600, 2000];

  it('never lets a class straddle 0; negative classes red, positive blue', () => {
    const scale = buildColorScale(net, { mode: { kind: 'diverging', centre: 0 }, method: 'quantile', log: false });
    expect(scale.thresholds).toContain(0);
    for (const c of scale.classes) {
      expect(c.lower >= 0 || c.upper <= 0).toBe(true);
      expect(side(c.color)).toBe(c.lower >= 0 ? 'blue' : 'red');
    }
    expect(side(scale.colorOf(-5))).toBe('red');
    expect(side(scale.colorOf(8))).toBe('blue');
    expect(scale.classes.reduce((a, c) => a + c.count, 0)).toBe(net.length);
  });

  it('the same number of steps from 0 gets the same intensity on both sides', () => {
    const scale = buildColorScale([-3, -2, -1, 1, 2, 3], { mode: { kind: 'diverging', centre: 0 }, method: 'equal', log: false, classes: 6 });
    const colors = scale.classes.map((c) => c.color);
    expect(colors).toHaveLength(6);
    // Mirror classes are about as light (RdBu is balanced within a few L* units).
    for (let i = 0; i < 3; i++) expect(Math.abs(lightness(colors[i]!) - lightness(colors[5 - i]!))).toBeLessThan(4);
    // Further from 0 is darker.
    expect(lightness(colors[0]!)).toBeLessThan(lightness(colors[2]!));
    expect(lightness(colors[5]!)).toBeLessThan(lightness(colors[3]!));
  });

  it('continuous: 0 is the centre colour, and ±x are symmetric', () => {
    const scale = buildColorScale([-100, 50], { mode: { kind: 'diverging', centre: 0 }, method: 'continuous', log: false });
    expect(scale.colorOf(0)).toBe(divergingColor(0.5));
    expect(scale.colorOf(-100)).toBe(divergingColor(0));
    expect(scale.colorOf(50)).toBe(divergingColor(0.75));
    expect(Math.abs(lightness(scale.colorOf(-50)) - lightness(scale.colorOf(50)))).toBeLessThan(4);
  });

  it('works on a log (symlog) scale with negative values and zeros', () => {
    const scale = buildColorScale([-10000, -99, 0, 99, 999], { mode: { kind: 'diverging', centre: 0 }, method: 'continuous', log: true });
    expect(scale.transform).toBe('symlog');
    expect(scale.colorOf(0)).toBe(divergingColor(0.5));
    expect(scale.colorOf(-99)).toBe(divergingColor(0.25));
  });

  it('all values on one side still use the steps from the centre', () => {
    const scale = buildColorScale([5, 10, 20, 40], { mode: { kind: 'diverging', centre: 0 }, method: 'equal', log: false, classes: 2 });
    expect(scale.classes.every((c) => side(c.color) === 'blue')).toBe(true);
  });
});

describe('ratio scale centred on 1 (source-to-source comparison)', () => {
  it('is log-symmetric: ½ and 2 are equally far from 1, on opposite sides', () => {
    const scale = buildColorScale([0.25, 0.5, 1, 2, 4], { mode: { kind: 'ratio' }, method: 'continuous', log: false });
    expect(scale.transform).toBe('log');
    expect(scale.colorOf(1)).toBe(divergingColor(0.5));
    expect(scale.colorOf(0.5)).toBe(divergingColor(0.25));
    expect(scale.colorOf(2)).toBe(divergingColor(0.75));
    expect(scale.colorOf(4)).toBe(divergingColor(1));
  });

  it('classed: 1 is a class boundary, and ratios <= 0 get no colour', () => {
    const scale = buildColorScale([0, -2, 0.3, 0.6, 0.9, 1.1, 1.5, 3.2], { mode: { kind: 'ratio' }, method: 'quantile', log: false, classes: 4 });
    expect(scale.thresholds).toContain(1);
    expect(scale.count).toBe(6);
    expect(scale.colorOf(0)).toBeNull();
    expect(scale.colorOf(-2)).toBeNull();
    expect(side(scale.colorOf(0.9))).toBe('red');
    expect(side(scale.colorOf(1.1))).toBe('blue');
  });

  it('is asymmetric data on a symmetric scale: the larger side reaches the end of the ramp', () => {
    const scale = buildColorScale([0.8, 1, 10], { mode: { kind: 'ratio' }, method: 'continuous', log: false });
    expect(scale.colorOf(10)).toBe(divergingColor(1));
    expect(scale.colorOf(0.1)).toBe(divergingColor(0));
  });
});
