import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearestByX } from './crosshair';

describe('nearestByX', () => {
  const stops = [{ t: 0 }, { t: 10 }, { t: 20 }];
  const tOf = (s: { t: number }) => s.t;

  it('finds the stop nearest to an x, the earlier on a tie', () => {
    expect(nearestByX(stops, -5, tOf)).toBe(0);
    expect(nearestByX(stops, 4, tOf)).toBe(0);
    expect(nearestByX(stops, 5, tOf)).toBe(0);
    expect(nearestByX(stops, 6, tOf)).toBe(1);
    expect(nearestByX(stops, 99, tOf)).toBe(2);
    expect(nearestByX([], 3, tOf)).toBe(-1);
  });

  it('is never farther than any other point', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: -150, max: 150, noNaN: true }),
        (xs, x) => {
          const sorted = [...xs].sort((a, b) => a - b);
          const i = nearestByX(sorted, x, (v) => v);
          const best = Math.min(...sorted.map((v) => Math.abs(v - x)));
          expect(Math.abs((sorted[i] as number) - x)).toBe(best);
        },
      ),
    );
  });
});
