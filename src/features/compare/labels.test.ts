import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersects, placeLabels, type Box, type LabelRequest } from './labels';

const BOUNDS: Box = { x: 0, y: 0, width: 400, height: 300 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its point, inside the plot', () => {
    const [label] = placeLabels([{ id: 'DEU', px: 100, py: 100, width: 50, height: 12 }], BOUNDS);
    expect(label).toMatchObject({ id: 'DEU', anchor: 'start' });
    expect(label!.box.x).toBeGreaterThan(100);
  });

  it('moves a label to the left at the right edge, and keeps it inside the plot', () => {
    const [label] = placeLabels([{ id: 'USA', px: 390, py: 100, width: 80, height: 12 }], BOUNDS);
    expect(label?.anchor).toBe('end');
    expect(label!.box.x + label!.box.width).toBeLessThanOrEqual(390);
  });

  it('gives two points at the same place one label and leaves the other out rather than overlap', () => {
    const requests: LabelRequest[] = Array.from({ length: 12 }, (_, i) => ({ id: `C${i}`, px: 200, py: 150, width: 90, height: 12 }));
    const placed = placeLabels(requests, BOUNDS);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(requests.length);
    expect(placed[0]?.id).toBe('C0');
  });

  it('never lets two label boxes intersect, nor leave the plot, nor cover a labelled point, whatever the points', () => {
    const request = fc.record({
      id: fc.string(),
      px: fc.double({ min: 0, max: 400, noNaN: true }),
      py: fc.double({ min: 0, max: 300, noNaN: true }),
      width: fc.double({ min: 5, max: 160, noNaN: true }),
      height: fc.double({ min: 8, max: 20, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 40 }), (requests) => {
        const placed = placeLabels(requests, BOUNDS);
        for (let i = 0; i < placed.length; i++) {
          const box = placed[i]!.box;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.y).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(400);
          expect(box.y + box.height).toBeLessThanOrEqual(300);
          for (let j = i + 1; j < placed.length; j++) expect(intersects(box, placed[j]!.box)).toBe(false);
          for (const r of requests) expect(intersects(box, { x: r.px - 4, y: r.py - 4, width: 8, height: 8 })).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says boxes that only touch do not intersect, and overlapping ones do', () => {
    expect(intersects({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 10, height: 10 })).toBe(false);
    expect(intersects({ x: 0, y: 0, width: 10, height: 10 }, { x: 9, y: 9, width: 10, height: 10 })).toBe(true);
  });
});
