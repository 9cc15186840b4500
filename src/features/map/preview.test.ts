import { describe, expect, it } from 'vitest';
import { borderWidth, eachDrawnPoint, fitCamera, mercatorX, mercatorY } from './preview';
import { REGION_BOUNDS } from './regions';

describe('the first frame’s view (the view the map opens with)', () => {
  it('Web Mercator: the equator and Greenwich at the middle, north up', () => {
    expect(mercatorX(0)).toBeCloseTo(0.5);
    expect(mercatorY(0)).toBeCloseTo(0.5);
    expect(mercatorY(60)).toBeLessThan(mercatorY(0));
    expect(mercatorY(90)).toBeCloseTo(0, 5); // clamped at the projection's edge
  });

  it('the world on a wide map: the whole width fits inside the padding, the box centred', () => {
    const c = fitCamera(REGION_BOUNDS.world, 1018, 700, 12, -2, 9);
    // 360° across 1018 - 24 pixels: 512 · 2^zoom = 994.
    expect(512 * 2 ** c.zoom).toBeCloseTo(994, 0);
    expect(c.center[0]).toBeCloseTo(0.5);
    expect(c.center[1]).toBeCloseTo((mercatorY(80) + mercatorY(-57)) / 2);
  });

  it('Europe on a tall map fits its height; the zoom stays in the map’s range', () => {
    const c = fitCamera(REGION_BOUNDS.europe, 400, 800, 12, -2, 9);
    const world = 512 * 2 ** c.zoom;
    expect((mercatorX(45) - mercatorX(-25)) * world).toBeCloseTo(400 - 24, 0);
    expect(fitCamera(REGION_BOUNDS.europe, 100_000, 100_000, 12, -2, 9).zoom).toBe(9);
  });

  it('a box at the world’s top edge: the view stays inside the world’s height (no empty band above the Arctic)', () => {
    const c = fitCamera([-180, 60, 180, 85], 1000, 600, 12, -2, 9);
    const half = 600 / 2 / (512 * 2 ** c.zoom);
    expect(c.center[1]).toBeGreaterThan((mercatorY(85) + mercatorY(60)) / 2);
    expect(c.center[1] - half).toBeGreaterThanOrEqual(0);
    expect(c.center[1] + half).toBeLessThanOrEqual(1);
  });

  it('borders thicken with the zoom as the map’s border layer does (0.4 px at zoom 1, 1.1 px from zoom 5)', () => {
    expect(borderWidth(0)).toBeCloseTo(0.4);
    expect(borderWidth(3)).toBeCloseTo(0.75);
    expect(borderWidth(7)).toBeCloseTo(1.1);
  });
});

describe('the first frame’s lines: points that change no pixel are left out', () => {
  const drawn = (xy: number[], scale: number, minStep = 0.5) => {
    const out: [number, number][] = [];
    eachDrawnPoint(Float64Array.from(xy), scale, 10, 20, minStep, (x, y) => out.push([x, y]));
    return out;
  };

  it('a coastline of many points a tenth of a pixel apart is drawn with one point per half pixel, ending where it ends', () => {
    const xy = Array.from({ length: 101 }, (_, i) => [i * 0.001, 0.5]).flat(); // 0.1 px apart at scale 100
    const points = drawn(xy, 100);
    expect(points[0]).toEqual([10, 70]);
    expect(points.at(-1)?.[0]).toBeCloseTo(20);
    expect(points.length).toBeLessThanOrEqual(22);
    for (let i = 1; i < points.length - 1; i++) expect(points[i]![0] - points[i - 1]![0]).toBeGreaterThanOrEqual(0.5 - 1e-9);
  });

  it('zoomed in, the same points are each a pixel apart and all drawn; a step in one direction is enough to keep a point', () => {
    const xy = Array.from({ length: 101 }, (_, i) => [i * 0.001, 0.5]).flat();
    expect(drawn(xy, 1000)).toHaveLength(101);
    expect(drawn([0, 0, 0.001, 0.01, 0.002, 0.02], 100)).toHaveLength(3); // 0.1 px across, 1 px down each
  });
});
