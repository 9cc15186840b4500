import { describe, expect, it } from 'vitest';
import { bottomAxis, bottomEdge, leftAxis, ticksOf } from './axis';
import { frameOf } from './frame';

const frame = frameOf(300, 200, { top: 20, right: 10, bottom: 30, left: 40 });
const y = (v: number) => 170 - v * 1.5;

describe('ticksOf', () => {
  it('places and labels each value', () => {
    expect(ticksOf([0, 100], y, (v) => `${v}%`)).toEqual([
      { value: 0, at: 170, label: '0%' },
      { value: 100, at: 20, label: '100%' },
    ]);
  });
});

describe('leftAxis', () => {
  it('draws grid lines across the plot, labels right-aligned before it', () => {
    const marks = leftAxis(ticksOf([0, 50], y, String), frame, {
      line: 'grid',
      labelGap: 6,
      labelDy: '0.32em',
      lineClass: (v) => (v === 0 ? 'zero' : undefined),
    });
    expect(marks).toMatchInlineSnapshot(`
      [
        {
          "key": "y0",
          "label": "0",
          "line": {
            "className": "zero",
            "x1": 40,
            "x2": 290,
            "y1": 170,
            "y2": 170,
          },
          "text": {
            "anchor": "end",
            "dy": "0.32em",
            "x": 34,
            "y": 170,
          },
        },
        {
          "key": "y50",
          "label": "50",
          "line": {
            "x1": 40,
            "x2": 290,
            "y1": 95,
            "y2": 95,
          },
          "text": {
            "anchor": "end",
            "dy": "0.32em",
            "x": 34,
            "y": 95,
          },
        },
      ]
    `);
  });

  it('can shift the labels and draw short tick marks instead', () => {
    const marks = leftAxis(ticksOf([50], y, String), frame, { line: 'tick', tickSize: 4, labelGap: 6, labelShift: 4 });
    expect(marks).toMatchInlineSnapshot(`
      [
        {
          "key": "y50",
          "label": "50",
          "line": {
            "x1": 36,
            "x2": 40,
            "y1": 95,
            "y2": 95,
          },
          "text": {
            "anchor": "end",
            "x": 34,
            "y": 99,
          },
        },
      ]
    `);
  });
});

describe('bottomAxis', () => {
  const x = (v: number) => 40 + (v - 2000) * 10;

  it('draws tick marks under the plot, labels centred below', () => {
    expect(bottomAxis(ticksOf([2000, 2010], x, String), frame, { line: 'tick', tickSize: 5, labelGap: 16 })).toMatchInlineSnapshot(`
      [
        {
          "key": "x2000",
          "label": "2000",
          "line": {
            "x1": 40,
            "x2": 40,
            "y1": 170,
            "y2": 175,
          },
          "text": {
            "anchor": "middle",
            "x": 40,
            "y": 186,
          },
        },
        {
          "key": "x2010",
          "label": "2010",
          "line": {
            "x1": 140,
            "x2": 140,
            "y1": 170,
            "y2": 175,
          },
          "text": {
            "anchor": "middle",
            "x": 140,
            "y": 186,
          },
        },
      ]
    `);
    expect(bottomEdge(frame)).toEqual({ x1: 40, x2: 290, y1: 170, y2: 170 });
  });

  it('draws grid lines up the plot, or no line at all', () => {
    expect(bottomAxis(ticksOf([2010], x, String), frame, { line: 'grid', labelGap: 16 })[0]?.line).toEqual({ x1: 140, x2: 140, y1: 20, y2: 170 });
    expect(bottomAxis(ticksOf([2010], x, String), frame, { line: 'none', labelGap: 16 })[0]?.line).toBeNull();
  });
});
