import { describe, expect, it } from 'vitest';
import { borderWidth, fitCamera, mercatorX, mercatorY } from './preview';
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
