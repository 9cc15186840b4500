import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { framedFeatures, MAP_WIDTH, projectShapes } from './ratioMapProjection';

/** A box (west, south, east, north) drawn clockwise, as d3-geo wants an interior. */
const box = (id: string, [w, s, e, n]: [number, number, number, number]): Feature<Polygon, { name?: string }> => ({
  type: 'Feature',
  id,
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w, n],
        [e, n],
        [e, s],
        [w, s],
      ],
    ],
  },
});

const bounds = (d: string) => {
  const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
};

describe('the ratio map’s projection by level', () => {
  it('draws US states in Albers USA filling the frame, with Alaska as an inset and territories left out', () => {
    const states = [
      box('06', [-124, 33, -115, 42]),
      box('36', [-79, 41, -72, 45]),
      box('02', [-165, 55, -145, 68]),
      box('72', [-67, 18, -65.5, 18.5]),
    ];
    const { shapes, height } = projectShapes('us-state', states, new Set(['06', '36']));
    expect(shapes.map((s) => s.id)).toEqual(['06', '36', '02']);
    const all = shapes.map((s) => bounds(s.d));
    expect(Math.min(...all.map((b) => b.left))).toBeLessThan(10);
    expect(Math.max(...all.map((b) => b.right))).toBeGreaterThan(MAP_WIDTH - 10);
    expect(Math.max(...all.map((b) => b.bottom))).toBeLessThanOrEqual(height);
  });

  it('turns around a shape wound the wrong way (read as the rest of the globe), so that it neither fills nor stretches the frame', () => {
    const inverted = box('22', [-94, 29, -89, 33]);
    inverted.geometry.coordinates = inverted.geometry.coordinates.map((ring) => [...ring].reverse());
    const { shapes, height } = projectShapes('us-state', [box('06', [-124, 33, -115, 42]), inverted], new Set());
    const louisiana = bounds(shapes.find((s) => s.id === '22')!.d);
    expect(louisiana.right - louisiana.left).toBeLessThan(MAP_WIDTH / 2);
    expect(louisiana.bottom).toBeLessThanOrEqual(height);
  });

  it('fits NUTS regions to the paired ones on Europe’s mainland, never to an outermost region', () => {
    const stuttgart = box('DE11', [8.5, 48, 10, 49.5]);
    const paris = box('FR10', [1.5, 48, 3.5, 49.3]);
    const reunion = box('FRY4', [55.2, -21.4, 55.8, -20.9]);
    expect(framedFeatures('nuts2', [stuttgart, paris, reunion], new Set(['DE11', 'FRY4'])).map((f) => f.id)).toEqual(['DE11']);
    expect(framedFeatures('nuts2', [stuttgart, paris, reunion], new Set()).map((f) => f.id)).toEqual(['DE11', 'FR10']);
    const { shapes } = projectShapes('nuts2', [stuttgart, paris, reunion], new Set(['DE11', 'FR10']));
    const s = bounds(shapes.find((x) => x.id === 'DE11')!.d);
    const p = bounds(shapes.find((x) => x.id === 'FR10')!.d);
    // Paris west of Stuttgart, both spread over the frame's width.
    expect(p.left).toBeLessThan(10);
    expect(s.right).toBeGreaterThan(MAP_WIDTH - 10);
  });
});
