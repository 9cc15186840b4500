import { interpolateRgbBasis } from 'd3';
import { describe, expect, it } from 'vitest';
import { rgbBasis } from './rgbBasis';

/** d3 answers "rgb(r, g, b)". */
const hex = (rgb: string) => `#${[...rgb.matchAll(/\d+/g)].map((m) => Number(m[0]).toString(16).padStart(2, '0')).join('')}`;

describe('rgbBasis (the colour ramps of the maps)', () => {
  it('draws the same colours as d3’s interpolateRgbBasis, at every step along the ramp', () => {
    const ramps = [
      ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#253494', '#081d58'],
      ['#67001f', '#b2182b', '#d6604d', '#f4a582', '#fddbc7', '#f7f7f7', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac', '#053061'],
    ];
    for (const colors of ramps) {
      const ours = rgbBasis(colors);
      const d3 = interpolateRgbBasis(colors);
      for (let i = -2; i <= 1002; i++) expect(ours(i / 1000), `t = ${i / 1000}`).toBe(hex(d3(i / 1000)));
    }
  });

  it('passes through the ends: the first colour at 0, the last at 1', () => {
    const ramp = rgbBasis(['#000000', '#808080', '#ffffff']);
    expect(ramp(0)).toBe('#000000');
    expect(ramp(1)).toBe('#ffffff');
    expect(ramp(0.5)).toBe('#808080');
  });
});
